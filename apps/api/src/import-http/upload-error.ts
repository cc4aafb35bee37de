import { ErrorCode } from '../errors/error-code.js';

/**
 * An upload refused before any bundle is read: not multipart, too large, unreadable. It
 * becomes `{ errors: [{ message, extensions: { code } }] }` with its HTTP status; problems
 * with the files themselves are reported as an import report instead (422).
 */
export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
    readonly code: ErrorCode = status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}
