// The answer links of a proposal email: the page reads the proposal, and only its button acts.
import { graphql } from '../../gql';

export const ProposalByLinkFieldsFragment = graphql(`
  fragment ProposalByLinkFields on ProposalByLink {
    state
    status
    expiresAt
    mentorName
    mentorLanguage
    mentorTimezone
    mentee {
      displayName
      languages
      timezone
      interests
      goals
      about
    }
    sharedLanguages
    sharedInterests
    overlapMinutesPerWeek
  }
`);

export const ProposalByLinkQuery = graphql(`
  query ProposalByLink($token: String!) {
    proposalByLink(token: $token) {
      ...ProposalByLinkFields
    }
  }
`);

export const AnswerProposalByLinkMutation = graphql(`
  mutation AnswerProposalByLink(
    $token: String!
    $accept: Boolean!
    $reason: String
    $note: String
  ) {
    answerProposalByLink(token: $token, accept: $accept, reason: $reason, note: $note) {
      ...ProposalByLinkFields
    }
  }
`);
