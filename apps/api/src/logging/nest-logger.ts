import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';
import { isUnexpectedError } from '../errors/format-error.js';
import { describeError } from './describe-error.js';

/** Nest passes `(message, context)` or `(message, stack, context)`: the context comes last. */
function split(params: unknown[]): { context?: string; stack?: string } {
  const strings = params.filter((p): p is string => typeof p === 'string');
  return strings.length > 1 ? { stack: strings[0], context: strings.at(-1) } : { context: strings[0] };
}

/** Nest's own messages (bootstrap, exceptions it catches) as pino lines, with their context. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    this.logger.debug(split(params), String(message));
  }

  /**
   * Nest logs every error a resolver or guard throws. Those thrown on purpose (UNAUTHENTICATED,
   * BAD_USER_INPUT, …) are the client's business, not an operator's: debug, not error.
   */
  error(message: unknown, ...params: unknown[]) {
    const where = split(params);
    if (message instanceof Error) {
      if (isUnexpectedError(message))
        this.logger.error({ ...where, error: describeError(message) }, message.message);
      else
        this.logger.debug(
          { context: where.context, code: (message as { code?: unknown }).code },
          message.message,
        );
      return;
    }
    this.logger.error(where, String(message));
  }

  warn(message: unknown, ...params: unknown[]) {
    this.logger.warn(split(params), String(message));
  }

  debug(message: unknown, ...params: unknown[]) {
    this.logger.debug(split(params), String(message));
  }

  verbose(message: unknown, ...params: unknown[]) {
    this.logger.trace(split(params), String(message));
  }
}
