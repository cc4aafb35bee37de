import { graphql } from '../../../gql/index.js';

/** Whether the login page offers single sign-on, and the organisation's name for it (public). */
export const signInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      sso
      ssoName
    }
  }
`);
