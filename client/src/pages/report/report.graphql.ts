// A cohort's report, and the check-ins it lists on the cohort's page.
import { graphql } from '../../gql';

export const CohortReportQuery = graphql(`
  query CohortReport($cohortId: ID!) {
    cohortReport(cohortId: $cohortId) {
      cohortId
      cohort {
        id
        name
        status
      }
      menteeCount
      mentorCount
      matchedMenteeCount
      completedSessionCount
      averageScore
      averageRating
      csvUrl
      matchesByStatus {
        status
        count
      }
      equity {
        group
        mentees
        matched
        matchRate
        medianHoursToMatch
        averageRating
      }
      participation {
        menteesByLanguage {
          label
          display
          count
        }
        mentorsByLanguage {
          label
          display
          count
        }
        menteesByOffset {
          label
          display
          count
        }
        mentorsByOffset {
          label
          display
          count
        }
        capacityOffered
        capacityUsed
        capacityPending
      }
      funnel {
        proposed
        accepted
        declined
        expired
        completed
        ended
        medianHoursToAnswer
        declinedByReason {
          label
          display
          count
        }
      }
      quality {
        averageScore
        averageLanguage
        averageAvailability
        averageInterests
        averageGoals
        averageEquity
        overlapDistribution {
          label
          display
          count
        }
        unmatched {
          reason
          language
          offsetBand
          count
          summary
        }
      }
      activity {
        sessionsPerPair
        mentoringHours
        completionRate
        noShowRate
        scheduledSessionCount
        cancelledSessionCount
        pairsNeedingCheckIn
        averageRating
      }
    }
  }
`);

export const CohortCheckInsQuery = graphql(`
  query CohortCheckIns($cohortId: ID!) {
    cohortReport(cohortId: $cohortId) {
      cohortId
      activity {
        pairsNeedingCheckIn
        checkIns {
          reason
          daysSince
          match {
            id
            mentor {
              displayName
            }
            mentee {
              displayName
            }
          }
        }
      }
    }
  }
`);
