import { graphql } from '../../../gql/index.js';

/** Signs in; the API answers UNAUTHENTICATED or TOO_MANY_REQUESTS on failure. */
export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      viewer {
        ...ViewerFields
      }
    }
  }
`);
