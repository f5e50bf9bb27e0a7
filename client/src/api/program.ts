// Phase-2 operations: cohorts, matching, matches, sessions, notifications and the report.
import { graphql } from '../gql';

export const PersonFieldsFragment = graphql(`
  fragment PersonFields on Participant {
    id
    displayName
    role
    languages
    preferredLanguage
    timezone
    availability {
      day
      start
      end
    }
    interests
    goals
    expertise
    about
    capacity
  }
`);

export const CohortFieldsFragment = graphql(`
  fragment CohortFields on Cohort {
    id
    name
    status
    startsOn
    endsOn
    minOverlapMinutes
    targetOverlapMinutes
    expiryDays
    allowRepeatPairs
    weights {
      language
      availability
      interests
      goals
      equity
    }
    myMembership {
      role
      capacity
      joinedAt
    }
  }
`);

export const MatchFieldsFragment = graphql(`
  fragment MatchFields on Match {
    id
    status
    score
    proposedAt
    expiresAt
    respondedAt
    closedAt
    declineReason
    declineNote
    endReason
    cohort {
      id
      name
      status
      startsOn
      endsOn
    }
    breakdown {
      language
      availability
      interests
      goals
      equity
      overlapMinutesPerWeek
      sharedInterests
      overlap {
        mentor
        mentee
      }
    }
  }
`);

export const CohortsQuery = graphql(`
  query Cohorts {
    cohorts {
      ...CohortFields
    }
  }
`);

export const LeadCohortsQuery = graphql(`
  query LeadCohorts {
    cohorts {
      ...CohortFields
      createdAt
      counts {
        mentees
        mentors
        capacity
      }
    }
  }
`);

export const CohortQuery = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      ...CohortFields
      counts {
        mentees
        mentors
        capacity
      }
    }
  }
`);

export const JoinCohortMutation = graphql(`
  mutation JoinCohort($cohortId: ID!, $role: Role!, $capacity: Int) {
    joinCohort(cohortId: $cohortId, role: $role, capacity: $capacity) {
      ...CohortFields
    }
  }
`);

export const SetMyCapacityMutation = graphql(`
  mutation SetMyCapacity($cohortId: ID!, $capacity: Int!) {
    setMyCapacity(cohortId: $cohortId, capacity: $capacity) {
      role
      capacity
      joinedAt
    }
  }
`);

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ...CohortFields
    }
  }
`);

export const UpdateCohortMutation = graphql(`
  mutation UpdateCohort($cohortId: ID!, $input: UpdateCohortInput!) {
    updateCohort(cohortId: $cohortId, input: $input) {
      ...CohortFields
    }
  }
`);

export const SetCohortStatusMutation = graphql(`
  mutation SetCohortStatus($cohortId: ID!, $status: CohortStatus!) {
    setCohortStatus(cohortId: $cohortId, status: $status) {
      ...CohortFields
    }
  }
`);

export const OpenCohortMutation = graphql(`
  mutation OpenCohort($cohortId: ID!) {
    openCohort(cohortId: $cohortId) {
      ...CohortFields
    }
  }
`);

export const MatchRunFieldsFragment = graphql(`
  fragment MatchRunFields on MatchRun {
    id
    dryRun
    matchedCount
    totalScore
    averageScore
    menteeCount
    mentorCount
    inputHash
    createdAt
    durationMs
    weights {
      language
      availability
      interests
      goals
      equity
    }
    unmatched {
      mentee {
        id
        displayName
      }
      reasons
      compatibleMentors
    }
    proposals {
      id
      score
      mentor {
        id
        displayName
      }
      mentee {
        id
        displayName
      }
      breakdown {
        overlapMinutesPerWeek
      }
    }
  }
`);

export const RunMatchingMutation = graphql(`
  mutation RunMatching($cohortId: ID!, $dryRun: Boolean!, $weights: WeightsInput) {
    runMatching(cohortId: $cohortId, dryRun: $dryRun, weights: $weights) {
      ...MatchRunFields
    }
  }
`);

export const PairRulesQuery = graphql(`
  query PairRules($cohortId: ID!) {
    cohort(id: $cohortId) {
      id
      pairRules {
        id
        kind
        createdAt
        mentor {
          id
          displayName
        }
        mentee {
          id
          displayName
        }
      }
    }
  }
`);

export const CohortMentorsQuery = graphql(`
  query CohortMentors($cohortId: ID!, $name: String) {
    participants(filter: { cohortId: $cohortId, role: MENTOR, name: $name }, first: 20) {
      totalCount
      edges {
        node {
          id
          displayName
          timezone
        }
      }
    }
  }
`);

export const AddPairRuleMutation = graphql(`
  mutation AddPairRule($cohortId: ID!, $mentorId: ID!, $menteeId: ID!, $kind: PairRuleKind!) {
    addPairRule(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId, kind: $kind) {
      id
      kind
    }
  }
`);

export const RemovePairRuleMutation = graphql(`
  mutation RemovePairRule($ruleId: ID!) {
    removePairRule(ruleId: $ruleId)
  }
`);

export const MatchRunsQuery = graphql(`
  query MatchRuns($cohortId: ID!) {
    matchRuns(cohortId: $cohortId) {
      id
      dryRun
      matchedCount
      averageScore
      menteeCount
      mentorCount
      createdAt
    }
  }
`);

export const CohortMatchesQuery = graphql(`
  query CohortMatches(
    $cohortId: ID!
    $status: MatchStatus
    $person: String
    $first: Int
    $after: String
  ) {
    cohortMatches(
      cohortId: $cohortId
      status: $status
      person: $person
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          score
          proposedAt
          respondedAt
          closedAt
          declineReason
          mentor {
            id
            displayName
          }
          mentee {
            id
            displayName
          }
          history {
            id
            from
            to
            reason
            note
            at
            actor {
              displayName
            }
          }
        }
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

export const MyMatchesQuery = graphql(`
  query MyMatches {
    myMatches {
      ...MatchFields
      mentor {
        ...PersonFields
      }
      mentee {
        ...PersonFields
      }
    }
  }
`);

// Emails only where the API shows them: both people of an accepted or completed match.
export const MatchContactQuery = graphql(`
  query MatchContact($id: ID!) {
    match(id: $id) {
      id
      mentor {
        id
        email
      }
      mentee {
        id
        email
      }
    }
  }
`);

export const AcceptMatchMutation = graphql(`
  mutation AcceptMatch($matchId: ID!) {
    acceptMatch(matchId: $matchId) {
      ...MatchFields
    }
  }
`);

export const DeclineMatchMutation = graphql(`
  mutation DeclineMatch($matchId: ID!, $reason: String!, $note: String) {
    declineMatch(matchId: $matchId, reason: $reason, note: $note) {
      ...MatchFields
    }
  }
`);

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on MentorshipSession {
    id
    startsAt
    endsAt
    durationMinutes
    status
    agenda
    cancelReason
    completedAt
    icsUrl
    match {
      id
      status
    }
    myView {
      timezone
      localStart
      insideAvailability
      person {
        id
        displayName
      }
    }
    otherView {
      timezone
      localStart
      insideAvailability
      person {
        id
        displayName
      }
    }
    myFeedback {
      id
      rating
      comment
    }
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      ...SessionFields
    }
  }
`);

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession(
    $matchId: ID!
    $localStart: String!
    $timezone: String
    $durationMinutes: Int!
    $agenda: String
  ) {
    scheduleSessionLocal(
      matchId: $matchId
      localStart: $localStart
      timezone: $timezone
      durationMinutes: $durationMinutes
      agenda: $agenda
    ) {
      ...SessionFields
    }
  }
`);

export const CompleteSessionMutation = graphql(`
  mutation CompleteSession($sessionId: ID!) {
    completeSession(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const CancelSessionMutation = graphql(`
  mutation CancelSession($sessionId: ID!, $reason: String!) {
    cancelSession(sessionId: $sessionId, reason: $reason) {
      ...SessionFields
    }
  }
`);

export const MarkNoShowMutation = graphql(`
  mutation MarkNoShow($sessionId: ID!) {
    markNoShow(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const SubmitFeedbackMutation = graphql(`
  mutation SubmitFeedback($sessionId: ID!, $rating: Int!, $comment: String) {
    submitFeedback(sessionId: $sessionId, rating: $rating, comment: $comment) {
      id
      rating
      comment
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          payload
          createdAt
          readAt
        }
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadCount {
    myNotifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

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

export const CompleteMatchMutation = graphql(`
  mutation CompleteMatch($matchId: ID!) {
    completeMatch(matchId: $matchId) {
      ...MatchFields
    }
  }
`);

export const EndMatchMutation = graphql(`
  mutation EndMatch($matchId: ID!, $reason: String!) {
    endMatch(matchId: $matchId, reason: $reason) {
      ...MatchFields
    }
  }
`);
