import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y === 0) return false; // there is no year 0 (PostgreSQL refuses it too)
  // A JS date rolls 2023-02-29 over to March 1st: a real date survives the round trip.
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checked(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError(
    `Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)?.slice(0, 40)})`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/**
 * The contract's `scalar Date`: a calendar date as the string YYYY-MM-DD, in and out.
 * Strings on purpose, as in the database layer: a JS Date would shift with the time zone.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (no time, no time zone).',
  serialize: checked,
  parseValue: checked,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD', { nodes: ast });
    return checked(ast.value);
  },
});
