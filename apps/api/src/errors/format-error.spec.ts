import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from './bad-user-input.error.js';
import { ForbiddenError } from './forbidden.error.js';
import { formatGraphqlError, toClientError } from './format-error.js';
import { because } from './mintq-error.js';
import { NotFoundError } from './not-found.error.js';
import { TooManyRequestsError } from './too-many-requests.error.js';
import { UnauthenticatedError } from './unauthenticated.error.js';

/** As graphql-js hands a resolver's error to Apollo: located, with the original inside. */
const located = (original: Error) =>
  new GraphQLError(original.message, { path: ['field'], originalError: original });

describe('error formatting', () => {
  it('passes our typed errors through with their code and deliberate extensions', () => {
    expect(toClientError(located(new BadUserInputError('unknown cohort(s): x')))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'unknown cohort(s): x',
      extensions: {},
    });
    expect(toClientError(located(new TooManyRequestsError('slow down', 60)))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      extensions: { retryAfterSeconds: 60 },
    });
    expect(new ForbiddenError('x').code).toBe('FORBIDDEN');
    expect(new UnauthenticatedError('x').code).toBe('UNAUTHENTICATED');
    expect(new NotFoundError('x').code).toBe('NOT_FOUND');
    expect(new ForbiddenError('x')).toBeInstanceOf(GraphQLError);
  });

  it('passes a reason and its params through, for clients to word in their own language', () => {
    const error = new BadUserInputError('unknown cohort(s): x', because('UNKNOWN_COHORTS', { values: 'x' }));
    expect(toClientError(located(error))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'unknown cohort(s): x',
      extensions: { reason: 'UNKNOWN_COHORTS', params: { values: 'x' } },
    });
    expect(formatGraphqlError({ message: error.message }, located(error)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_COHORTS',
      params: { values: 'x' },
    });
  });

  it("keeps graphql-js's and feature code's own GraphQLErrors with a client code", () => {
    const own = new GraphQLError('from must not be after to', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(toClientError(located(own))).toMatchObject({ code: 'BAD_USER_INPUT', message: own.message });
    const validation = new GraphQLError('Cannot query field "x"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(toClientError(validation).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("maps Nest's HTTP exceptions by status", () => {
    expect(toClientError(located(new ForbiddenException('no')))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'no',
    });
    expect(toClientError(located(new NotFoundException()))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('hides everything else behind INTERNAL_SERVER_ERROR and a generic message', () => {
    const sqlError = Object.assign(new Error('relation "users" does not exist'), { code: '42P01' });
    for (const error of [
      located(sqlError),
      located(new TypeError("Cannot read properties of undefined (reading 'x')")),
      new GraphQLError('Cannot return null for non-nullable field Query.x.'),
      located(new GraphQLError('weird', { extensions: { code: 'SOMETHING_ELSE' } })),
    ])
      expect(toClientError(error)).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Internal server error',
        extensions: {},
      });
  });

  it('formats for the response with message, locations, path and only the code', () => {
    const error = located(new Error('select secret from t'));
    const formatted = formatGraphqlError(
      {
        message: 'select secret from t',
        locations: [{ line: 1, column: 3 }],
        path: ['field'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: select …', '    at x.ts:1:1'] },
      },
      error,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 3 }],
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
