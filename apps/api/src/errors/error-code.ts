/**
 * Every `extensions.code` a client of mintq can see, with the HTTP status a REST answer of it
 * has: the one table behind every error answer, GraphQL's (`extensions.code`), the REST
 * endpoints' and the body parser's (status and code). Clients branch on codes, never on
 * messages. A GraphQL answer keeps HTTP 200 whatever its errors (GraphQL over HTTP); Apollo
 * answers its own request errors (parse, validation, …) itself, with the statuses listed here.
 */
const HTTP_STATUS_BY_CODE = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
} as const;

export type ErrorCode = keyof typeof HTTP_STATUS_BY_CODE;

const CODES = Object.keys(HTTP_STATUS_BY_CODE) as ErrorCode[];

/** The codes by name, e.g. `ErrorCode.FORBIDDEN` = `'FORBIDDEN'`. */
export const ErrorCode = Object.fromEntries(CODES.map((code) => [code, code])) as {
  readonly [C in ErrorCode]: C;
};

/** True for the strings that are one of mintq's codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(HTTP_STATUS_BY_CODE, value);
}

/** The HTTP status of a REST answer with this code, e.g. 403 for FORBIDDEN. */
export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS_BY_CODE[code];
}

/**
 * The code of a client-error status Nest answered with by itself (404 for an unknown route):
 * the table's first code of that status, BAD_REQUEST for a 4xx it lacks; none for the rest.
 */
export function codeOfStatus(status: number): ErrorCode | undefined {
  if (status < 400 || status >= 500) return undefined;
  return CODES.find((code) => HTTP_STATUS_BY_CODE[code] === status) ?? ErrorCode.BAD_REQUEST;
}

/** Message of every error that was not thrown on purpose: it must not reveal SQL or internals. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';
