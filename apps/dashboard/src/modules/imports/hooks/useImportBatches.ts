import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ImportBatchesQuery } from '../../../gql/graphql.js';
import { importBatchesQuery } from '../graphql/importBatchesQuery.js';

/** One recorded import as the history lists it. */
export type ImportBatch = ImportBatchesQuery['importBatches']['nodes'][number];

const PAGE = 20;

/** The import history with `loadMore()` for the next page. */
export function useImportBatches() {
  const { data, loading, error, refetch, fetchMore } = useQuery(importBatchesQuery, {
    variables: { first: PAGE },
  });
  const page = data?.importBatches;
  const loadMore = useCallback(() => {
    if (!page?.pageInfo.hasNextPage) return;
    void fetchMore({
      variables: { first: PAGE, after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        importBatches: {
          ...fetchMoreResult.importBatches,
          nodes: [...(previous.importBatches?.nodes ?? []), ...fetchMoreResult.importBatches.nodes],
        },
      }),
    });
  }, [fetchMore, page]);
  return { batches: page, loading, error, refetch, loadMore };
}
