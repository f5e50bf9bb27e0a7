// A participant's matches: proposals, answers, contact details and closing a match.
import { graphql } from '../../gql';

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
