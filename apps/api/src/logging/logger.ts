import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger };

/** Injection token of the process's pino logger. */
export const LOGGER = Symbol('LOGGER');

/**
 * One JSON line per event on stdout (pino), for the log collector to parse. The request log
 * picks its fields one by one and never logs bodies, variables or headers; the redaction
 * below is a second line of defence should someone log a request or an error object.
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'mintq-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'password',
        '*.password',
        'token',
        '*.token',
        'variables',
        '*.variables',
        'email',
        '*.email',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
