// The lead's matching panel on a cohort's page: runs, pair rules, the matches table.
import { graphql } from '../../gql';

// A large cohort's run comes a page of 50 at a time: totals up front, "show more" for the rest.
export const ProposalPageFieldsFragment = graphql(`
  fragment ProposalPageFields on MatchConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
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
  }
`);

export const UnmatchedPageFieldsFragment = graphql(`
  fragment UnmatchedPageFields on UnmatchedMenteeConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        mentee {
          id
          displayName
        }
        reasons
        compatibleMentors
      }
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
    unmatchedCount
    unmatchedReasons {
      reason
      count
    }
    unmatchedPage(first: 50) {
      ...UnmatchedPageFields
    }
    proposalsPage(first: 50) {
      ...ProposalPageFields
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

// The next page of a dry run: the run is deterministic, so running it again on the same
// input gives the same pages (the cursor is refused if the cohort changed in between).
export const MoreProposalsMutation = graphql(`
  mutation MoreProposals($cohortId: ID!, $weights: WeightsInput, $after: String!) {
    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {
      inputHash
      proposalsPage(first: 50, after: $after) {
        ...ProposalPageFields
      }
    }
  }
`);

export const MoreUnmatchedMutation = graphql(`
  mutation MoreUnmatched($cohortId: ID!, $weights: WeightsInput, $after: String!) {
    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {
      inputHash
      unmatchedPage(first: 50, after: $after) {
        ...UnmatchedPageFields
      }
    }
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
            email
            timezone
          }
          mentee {
            id
            displayName
            email
            timezone
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
