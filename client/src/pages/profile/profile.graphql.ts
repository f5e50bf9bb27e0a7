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
