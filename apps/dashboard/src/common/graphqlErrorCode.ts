import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_REASONS, type ErrorReason } from '@mintq/contract';
import type { MessageKey } from '../i18n/de.js';
import type { I18nValue } from '../i18n/I18nContext.js';

/** The stable `extensions.code` of the first GraphQL error (or `NETWORK`), for branching in the UI. */
export function graphqlErrorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  }
  if (ServerError.is(error) && error.statusCode === 401) return 'UNAUTHENTICATED';
  if (error instanceof TypeError) return 'NETWORK';
  return null;
}

/** An extension value of the first GraphQL error, e.g. `retryAfterSeconds` of TOO_MANY_REQUESTS. */
export function graphqlErrorExtension(error: unknown, name: string): unknown {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.[name] : undefined;
}

/** The catalogue's sentence for each reason the API gives; the compiler checks none is missing. */
function reasonKey(reason: ErrorReason): MessageKey {
  return `error.${reason}` satisfies MessageKey;
}

function isReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value);
}

/** Codes a second try cannot change: the question itself is refused, so no "try again". */
const FINAL_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST']);

/** True when trying the same request again may help (network, server trouble, rate limits). */
export function isRetriable(error: unknown): boolean {
  return !FINAL_CODES.has(graphqlErrorCode(error) ?? '');
}

/**
 * What went wrong, in the reader's language: the API's `extensions.reason` with its params, else
 * a sentence per code. Never the server's message: it is English, for logs and API users.
 */
export function graphqlErrorText(error: unknown, t: I18nValue['t']): string {
  const reason = graphqlErrorExtension(error, 'reason');
  const params = graphqlErrorExtension(error, 'params');
  if (isReason(reason)) return t(reasonKey(reason), (params ?? {}) as Record<string, string | number>);
  switch (graphqlErrorCode(error)) {
    case 'FORBIDDEN':
      return t('status.forbidden');
    case 'BAD_USER_INPUT':
      return t('status.badInput');
    case 'NETWORK':
      return t('status.network');
    default:
      return t('status.error');
  }
}
