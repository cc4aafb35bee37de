import type { AuditFilter } from '../../gql/graphql.js';
import type { Language } from '../../i18n/format.js';

/** The audit page's filter as typed: empty strings mean "any". */
export interface AuditFilterDraft {
  actions: string[];
  user: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterDraft = { actions: [], user: '', from: '', to: '' };

/** The GraphQL filter: only what is set. */
export function auditFilterInput(draft: AuditFilterDraft): AuditFilter {
  return {
    ...(draft.actions.length > 0 ? { actions: draft.actions } : {}),
    ...(draft.user.trim() ? { user: draft.user.trim() } : {}),
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
  };
}

/**
 * `/api/audit.csv` with the same filter as query parameters (`action` repeated), its header row
 * in the reader's language.
 */
export function auditCsvUrl(draft: AuditFilterDraft, language: Language): string {
  const input = auditFilterInput(draft);
  const params = new URLSearchParams();
  for (const action of input.actions ?? []) params.append('action', action);
  if (input.user) params.set('user', input.user);
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  params.set('lang', language);
  return `/api/audit.csv?${params}`;
}
