import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-code.js';

/**
 * An error thrown on purpose: its message is meant for the client and is passed through
 * as it is, with `extensions.code` and the given extra extensions (never anything else).
 * Feature code throws one of the subclasses (`BadUserInputError`, `ForbiddenError`, …).
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
