/**
 * An error as it may be logged: type, message, SQLSTATE code and stack. Deliberately not
 * pino's default serializer, which copies every property: a pg error's `detail` and
 * `where` quote row values (e-mails, names), which must not end up in logs.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack,
  };
}
