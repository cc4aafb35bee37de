import { graphql } from '../../../gql/index.js';

/** The history of recorded imports, newest first, a page at a time. */
export const importBatchesQuery = graphql(`
  query ImportBatches($first: Int, $after: String) {
    importBatches(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        outcome
        actor
        source
        startedAt
        finishedAt
        errorCount
        files {
          name
        }
      }
    }
  }
`);
