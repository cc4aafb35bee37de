import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { codeOfStatus, ErrorCode, INTERNAL_ERROR_MESSAGE, isErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/** The error as a client may see it: the code, a message for people, nothing internal. */
export interface ClientError {
  code: ErrorCode;
  message: string;
  extensions: Record<string, unknown>;
}

/**
 * Classifies an error before any client sees it, in GraphQL (Apollo's formatError) and on the
 * REST endpoints (sendHttpError). Only errors thrown on purpose keep their message: a
 * `MintqError`, a `GraphQLError` with a client code (graphql-js, Apollo, or feature code that
 * sets `extensions.code` itself), a 4xx `HttpException` Nest raised by itself (an unknown
 * route). Everything else (a failed SQL statement, a bug) becomes INTERNAL_SERVER_ERROR with a
 * generic message, so neither SQL nor stack traces nor library internals ever reach the
 * client; it is logged instead.
 */
export function toClientError(error: unknown, formatted?: GraphQLFormattedError): ClientError {
  const original = unwrapResolverError(error);
  if (original instanceof MintqError) {
    const { code, ...extensions } = original.extensions;
    return { code: code as ErrorCode, message: original.message, extensions };
  }
  if (original instanceof HttpException) {
    const code = codeOfStatus(original.getStatus());
    if (code) return { code, message: original.message, extensions: {} };
  }
  const code =
    formatted?.extensions?.code ?? (error instanceof GraphQLError ? error.extensions.code : undefined);
  if (original instanceof GraphQLError && isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { code, message: formatted?.message ?? original.message, extensions: {} };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: INTERNAL_ERROR_MESSAGE, extensions: {} };
}

/** True when the error was not thrown on purpose and deserves a log line with its stack. */
export function isUnexpectedError(error: unknown): boolean {
  return toClientError(error).code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Apollo's `formatError`: keeps message, locations and path, and replaces `extensions` by
 * `{ code, …deliberate extras }`, dropping `stacktrace`, `exception`, `originalError` and
 * anything else a library may have attached.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const client = toClientError(error, formatted);
  return {
    message: client.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...client.extensions, code: client.code },
  };
}
