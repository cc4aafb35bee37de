import { graphql } from '../../../gql/index.js';

/** Whom an invitation link is for; null when it is unknown, used or expired. */
export const invitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      expiresAt
    }
  }
`);

/** Sets the invited user's first password and signs them in. */
export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      token
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Mails a reset link if the address is known; always answers true. */
export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Sets a new password from a reset link (once) and signs in; other sessions end. */
export const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      token
      viewer {
        ...ViewerFields
      }
    }
  }
`);
