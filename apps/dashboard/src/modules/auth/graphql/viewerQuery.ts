import { graphql } from '../../../gql/index.js';

/** Who is signed in: drives the role-aware shell and names the suppression k of funder users. */
export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      email
      role
      funder {
        key
        name
      }
      suppressionK
    }
  }
`);
