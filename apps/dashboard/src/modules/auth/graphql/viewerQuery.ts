import { graphql } from '../../../gql/index.js';

/** Who is signed in: drives the role-aware shell. */
export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      email
      role
      funder {
        key
        name
      }
    }
  }
`);
