// Cohorts: the lead's list and settings, and joining one with a capacity.
import { graphql } from '../../gql';

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
    requireVerifiedEmail
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
