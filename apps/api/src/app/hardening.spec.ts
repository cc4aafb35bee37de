import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { ProbeModule } from '../test-support/probe.module.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { GRAPHQL_LIMITS } from './graphql-limits.js';

/** `{ probeNode { child { … { id } } } }` of `depth` fields from root to leaf (armor's count). */
function nested(depth: number, leaf = 'id'): string {
  let selection = leaf;
  for (let i = 2; i < depth; i++) selection = `child { ${selection} }`;
  return `{ probeNode { ${selection} } }`;
}

type Body = Awaited<ReturnType<TestServer['graphql']>>['body'];
const codes = (body: Body) => body.errors?.map((e) => e.extensions?.code);

describe.each(testDatabases())('GraphQL hardening on $kind', ({ create }) => {
  let database: Database;
  let server: TestServer;
  let production: TestServer;
  let token: string;
  let productionToken: string;
  beforeAll(async () => {
    database = await create();
    const user = await createTestUser(database.db, { email: 'analyst@example.org', role: 'analyst' });
    server = await startTestServer(database, {}, { modules: [ProbeModule] });
    production = await startTestServer(database, { NODE_ENV: 'production' }, { modules: [ProbeModule] });
    token = await server.login(user.email, user.password);
    productionToken = await production.login(user.email, user.password);
  });
  afterAll(async () => {
    await production?.close();
    await server?.close();
  });

  it(`allows depth ${GRAPHQL_LIMITS.maxDepth} and refuses deeper documents before running them`, async () => {
    const ok = await server.graphql(nested(GRAPHQL_LIMITS.maxDepth), { token });
    expect(ok.body.errors).toBeUndefined();
    const deep = await server.graphql(nested(GRAPHQL_LIMITS.maxDepth + 1), { token });
    expect(deep.status).toBe(400);
    expect(deep.body.data).toBeUndefined();
    expect(codes(deep.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { email }`).join(' ')} }`;
    expect((await server.graphql(aliases(GRAPHQL_LIMITS.maxAliases), { token })).body.errors).toBeUndefined();
    const flood = await server.graphql(aliases(200), { token });
    expect(flood.status).toBe(400);
    expect(codes(flood.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(flood.body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives`, async () => {
    const fields = Array.from({ length: 12 }, () => 'email @include(if: true)').join(' ');
    const { status, body } = await server.graphql(`{ viewer { ${fields} } }`, { token });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it(`refuses documents that cost more than ${GRAPHQL_LIMITS.maxCost}`, async () => {
    // Wide rather than deep or aliased: 400 scalars at depth 8 stay under every other limit.
    const wide = nested(GRAPHQL_LIMITS.maxDepth, Array.from({ length: 400 }, () => 'id').join(' '));
    const { status, body } = await server.graphql(wide, { token });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it(`refuses documents of more than ${GRAPHQL_LIMITS.maxTokens} tokens while parsing`, async () => {
    const huge = `{ viewer { ${Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'email').join(' ')} } }`;
    const { status, body } = await server.graphql(huge, { token });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(body.errors?.[0]?.message).toMatch(/tokens/);
  });

  it(`refuses request bodies over ${GRAPHQL_LIMITS.bodyLimit} with 413 and a JSON error`, async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ viewer { email } } # ${'x'.repeat(120_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers malformed JSON and batched requests with 400', async () => {
    const post = (body: string) =>
      fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const batch = await post(
      JSON.stringify([{ query: '{ viewer { email } }' }, { query: '{ viewer { role } }' }]),
    );
    expect(batch.status).toBe(400);
  });

  it('hides internal errors: generic message, INTERNAL_SERVER_ERROR, no stack, no SQL', async () => {
    for (const field of ['probeBug', 'probeSqlError']) {
      const { body } = await server.graphql(`{ ${field} }`, { token });
      expect(body.errors).toEqual([
        {
          message: 'Internal server error',
          locations: expect.any(Array),
          path: [field],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/password_hash|no_such_table|select|stack|\.ts:/i);
    }
  });

  it('gives every error a code and never a stack trace, in development too', async () => {
    const documents = ['{ viewer { nope } }', '{ viewer ', nested(20), '{ adminProbe }', '{ probeBug }'];
    for (const document of documents) {
      const { body } = await server.graphql(document, { token });
      for (const error of body.errors ?? []) {
        expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
        expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
      }
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|exception|at .*\(.*:\d+:\d+\)/);
    }
  });

  // Introspection (signed in, GraphiQL's roles, every mode): http-edge.e2e.spec.ts.
  it('offers field suggestions in development only', async () => {
    const typo = '{ viewer { emial } }';
    expect((await server.graphql(typo, { token })).body.errors?.[0]?.message).toMatch(/Did you mean/);
    const hidden = await production.graphql(typo, { token: productionToken });
    expect(codes(hidden.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(hidden.body.errors?.[0]?.message).not.toMatch(/Did you mean|email/);
  });

  it('keeps the CSRF prevention: a GET without a preflight header is refused', async () => {
    const response = await fetch(
      `${server.base}/graphql?query=${encodeURIComponent('{ viewer { email } }')}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(400);
  });
});
