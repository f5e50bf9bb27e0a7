// Sessions of a match: booking, the calendar, completing, cancelling and feedback.
import { graphql } from '../../gql';

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
      cohort {
        id
        startsOn
        endsOn
      }
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

export const RescheduleSessionMutation = graphql(`
  mutation RescheduleSession(
    $sessionId: ID!
    $localStart: String!
    $timezone: String
    $durationMinutes: Int
  ) {
    rescheduleSessionLocal(
      sessionId: $sessionId
      localStart: $localStart
      timezone: $timezone
      durationMinutes: $durationMinutes
    ) {
      ...SessionFields
    }
  }
`);
