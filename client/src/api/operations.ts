import { graphql } from '../gql';

export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on Participant {
    id
    displayName
    role
    email
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
    underrepresented
    createdAt
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ProfileFields
    }
  }
`);

export const TaxonomyQuery = graphql(`
  query Taxonomy {
    taxonomy {
      interests
      goals
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      me {
        ...ProfileFields
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      me {
        ...ProfileFields
      }
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
