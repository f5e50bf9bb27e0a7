// Account links sent by email: confirming the address, and choosing a new password.
import { graphql } from '../../gql';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

// The link at the foot of an optional email: no login, the token names person and kind.
export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!, $resubscribe: Boolean!) {
    unsubscribe(token: $token, resubscribe: $resubscribe) {
      category
      subscribed
    }
  }
`);
