import { EmptyState, ErrorState, LoadingState } from '@mintq/ui';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.js';
import { graphqlErrorText, isRetriable } from '../graphqlErrorCode.js';

/** Props of {@link QueryState}. */
export interface QueryStateProps<T> {
  data: T | undefined | null;
  loading: boolean;
  error?: unknown;
  /** Retry button handler, e.g. the query's `refetch` (its promise is left to the query). */
  onRetry?: () => unknown;
  /** True when the data hold nothing to show (then the empty state appears). */
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states around query data, worded the same on every page. */
export function QueryState<T>({ data, loading, error, onRetry, isEmpty, children }: QueryStateProps<T>) {
  const { t } = useI18n();
  if (error && !data) {
    // UNAUTHENTICATED is handled by the Apollo link (back to the sign-in page).
    const title = graphqlErrorText(error, t);
    // A refused question (bad input, no permission) gets the same answer again: no "try again" then.
    const retry = onRetry && isRetriable(error) ? () => void onRetry() : undefined;
    return <ErrorState title={title} onRetry={retry} retryLabel={t('status.retry')} />;
  }
  if (!data) {
    return loading ? <LoadingState label={t('status.loading')} /> : <EmptyState title={t('status.empty')} />;
  }
  if (isEmpty?.(data)) return <EmptyState title={t('status.empty')} />;
  return <>{children(data)}</>;
}
