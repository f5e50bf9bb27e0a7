// Account operations: who is logged in, signing up and logging in.
import { graphql } from '../gql';

export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on Participant {
    id
    displayName
    role
    email
    emailVerified
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
