import type { ErrorReason } from '@mintq/contract';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-code.js';

/**
 * An error thrown on purpose: its message is meant for the client and is passed through
 * as it is, with `extensions.code` and the given extra extensions (never anything else).
 * Every error mintq raises for a client is one of the subclasses (`BadUserInputError`,
 * `ForbiddenError`, …), in GraphQL and on the REST endpoints alike; the code decides the
 * HTTP status (error-code.ts).
 */
export abstract class MintqError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/**
 * The base of a MintqError class of one code, so that each such class is one line that names
 * its code: `class NotFoundError extends mintqErrorOf('NOT_FOUND') {}`.
 */
export function mintqErrorOf(code: ErrorCode) {
  return class extends MintqError {
    constructor(message: string, extensions: Record<string, unknown> = {}) {
      super(message, code, extensions);
    }
  };
}

/**
 * The extensions that say why in a form a client can translate: `reason` from the contract's
 * list and the values its sentence needs. The message stays English, for logs and API users.
 */
export function because(
  reason: ErrorReason,
  params: Readonly<Record<string, string | number>> = {},
): { reason: ErrorReason; params: Readonly<Record<string, string | number>> } {
  return { reason, params };
}
