import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { ProbeModule } from '../test-support/probe.module.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from './logger.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(testDatabases())('request logging on $kind', ({ create }) => {
  let database: Database;
  let server: TestServer;
  const lines: Record<string, unknown>[] = [];
  let user: { id: number; email: string; password: string };

  beforeAll(async () => {
    database = await create();
    user = await createTestUser(database.db, { email: 'lead@example.org', role: 'project_lead' });
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    server = await startTestServer(database, {}, { modules: [ProbeModule], logger });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The request line of the request with this id (written when the response closes). */
  async function requestLine(requestId: string) {
    await expect.poll(() => lines.some((l) => l.msg === 'request' && l.requestId === requestId)).toBe(true);
    return lines.find((l) => l.msg === 'request' && l.requestId === requestId);
  }

  it('gives every response a request id: a new UUID, or the caller’s when it is harmless', async () => {
    const fresh = await fetch(`${server.base}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
    const kept = await fetch(`${server.base}/healthz`, { headers: { 'x-request-id': 'trace-42.a_b' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-42.a_b');
    const replaced = await fetch(`${server.base}/healthz`, {
      headers: { 'x-request-id': 'evil id {"x":1}' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
  });

  it('logs one line per request with id, method, path, status, duration, operation, user id and role', async () => {
    const token = await server.login(user.email, user.password);
    const response = await server.graphql('query WhoAmI { viewer { email role } }', {
      token,
      headers: { 'x-request-id': 'req-1' },
    });
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(await requestLine('req-1')).toEqual({
      level: 30,
      time: expect.any(String),
      service: 'mintq-api',
      msg: 'request',
      requestId: 'req-1',
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operation: 'WhoAmI',
      userId: user.id,
      role: 'PROJECT_LEAD',
    });
    expect(lines.filter((l) => l.requestId === 'req-1' && l.msg === 'request')).toHaveLength(1);
  });

  it('never logs e-mails, passwords, tokens or variables', async () => {
    const token = await server.login(user.email, user.password);
    await server.graphql('query Me($x: String) { viewer { email } }', {
      token,
      variables: { x: 'secret-variable-value' },
      headers: { 'x-request-id': 'req-2' },
    });
    await requestLine('req-2');
    const all = JSON.stringify(lines);
    for (const secret of [user.email, user.password, token, 'secret-variable-value'])
      expect(all).not.toContain(secret);
    expect(lines.find((l) => l.operation === 'Login')).toMatchObject({ path: '/graphql', status: 200 });
  });

  it('logs an unexpected error with its stack under the request id (the client gets neither)', async () => {
    const token = await server.login(user.email, user.password);
    await server.graphql('{ probeBug }', { token, headers: { 'x-request-id': 'req-3' } });
    await requestLine('req-3');
    expect(lines.find((l) => l.requestId === 'req-3' && l.msg === 'unexpected GraphQL error')).toMatchObject({
      level: 50,
      error: { type: 'Error', stack: expect.stringContaining('probe.module') },
      path: ['probeBug'],
    });
  });

  it('does not log expected errors (no session, bad input) as errors', async () => {
    const before = lines.filter((l) => (l.level as number) >= 50).length;
    await server.graphql('{ viewer { email } }', { headers: { 'x-request-id': 'req-4' } });
    expect(await requestLine('req-4')).toMatchObject({ status: 200, operation: 'anonymous' });
    expect(lines.filter((l) => (l.level as number) >= 50)).toHaveLength(before);
  });

  it('is silent at level silent (MINTQ_LOG_LEVEL=silent, as in tests)', () => {
    const quiet: string[] = [];
    const logger = createLogger('silent', { write: (line: string) => void quiet.push(line) });
    logger.error('nothing');
    expect(quiet).toEqual([]);
  });
});
