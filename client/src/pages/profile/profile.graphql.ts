// The profile page: editing one's own profile, and the tags offered at sign-up.
import { graphql } from '../../gql';

export const TaxonomyQuery = graphql(`
  query Taxonomy {
    taxonomy {
      interests
      goals
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);

// The person's own email choices: only the person may read them, so they stay out of the
// ProfileFields fragment (and of every query about someone else).
export const MyEmailPreferencesQuery = graphql(`
  query MyEmailPreferences {
    me {
      id
      emailPreferences {
        matchUpdates
        sessions
        program
      }
    }
  }
`);

export const UpdateEmailPreferencesMutation = graphql(`
  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      matchUpdates
      sessions
      program
    }
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);
