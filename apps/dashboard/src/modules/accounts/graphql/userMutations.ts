import { graphql } from '../../../gql/index.js';

/** Creates an invited user and mails the link (72 h). */
export const inviteUserMutation = graphql(`
  mutation InviteUser($email: String!, $role: Role!, $funder: String, $language: Language!) {
    inviteUser(email: $email, role: $role, funder: $funder, language: $language) {
      ...UserFields
    }
  }
`);

/** Mails a new invitation link; the old one stops working. */
export const resendInvitationMutation = graphql(`
  mutation ResendInvitation($userId: Int!) {
    resendInvitation(userId: $userId) {
      ...UserFields
    }
  }
`);

/** Changes a user's role (and funder); the user's sessions end. */
export const changeUserRoleMutation = graphql(`
  mutation ChangeUserRole($userId: Int!, $role: Role!, $funder: String) {
    changeUserRole(userId: $userId, role: $role, funder: $funder) {
      ...UserFields
    }
  }
`);

/** Deactivates a user; their open sessions are refused from the next request on. */
export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: Int!) {
    deactivateUser(userId: $userId) {
      ...UserFields
    }
  }
`);

/** Lets a deactivated user sign in again. */
export const reactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: Int!) {
    reactivateUser(userId: $userId) {
      ...UserFields
    }
  }
`);
