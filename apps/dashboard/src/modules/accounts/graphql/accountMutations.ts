import { graphql } from '../../../gql/index.js';

/** Changes the signed-in user's password; answers a fresh session, the others end. */
export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Revokes the current session on the server. */
export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
