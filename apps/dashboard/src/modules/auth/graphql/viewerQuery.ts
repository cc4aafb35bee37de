import { graphql } from '../../../gql/index.js';

/** The signed-in viewer (`ViewerFields`). */
export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
