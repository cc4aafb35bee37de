import type { DB, UserRole } from '@mintq/schema';
import type { INestApplication } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { type CreateAppOptions, createApp } from '../app/create-app.js';
import { hashPassword } from '../auth/password.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { UsersRepository } from '../users/users.repository.js';

/** A fixed signing secret, so tests never write `jwt-secret` into the repository's data folder. */
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  };
}

export interface TestServer {
  app: INestApplication;
  base: string;
  /** POST /graphql as the dashboard does it; `token` adds `Authorization: Bearer …`. */
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> },
  ): Promise<GraphqlResponse<T>>;
  /** Signs in and returns the token; fails the test when the login fails. */
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** The mintq server on a free port of 127.0.0.1, quiet, with the given extra environment. */
export async function startTestServer(
  database: Database,
  env: NodeJS.ProcessEnv = {},
  options: CreateAppOptions = {},
): Promise<TestServer> {
  const config = readConfig({ MINTQ_JWT_SECRET: TEST_JWT_SECRET, MINTQ_LOG_LEVEL: 'silent', ...env });
  const app = await createApp(database, config, options);
  // A free port unless the test set PORT (a provider must know mintq's callback URL in advance).
  await app.listen(env.PORT ? config.port : 0, '127.0.0.1');
  // Tests that solve the attacker's programmes block this process for seconds; a server that
  // closes idle keep-alive sockets after 5 s then races the client reusing one (ECONNRESET).
  // The client's own idle timeout (4 s) closes them first when the server waits longer.
  const http = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  http.keepAliveTimeout = 120_000;
  http.headersTimeout = 121_000;
  const base = await app.getUrl();
  const server: TestServer = {
    app,
    base,
    async graphql(query, { variables, token, headers } = {}) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as never };
    },
    async login(email, password) {
      const { body } = await server.graphql<{ login: { token: string } }>(
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { variables: { email, password } },
      );
      if (!body.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(body.errors)}`);
      return body.data.login.token;
    },
    close: () => app.close(),
  };
  return server;
}

/** Creates (or updates) a user with a known password, e.g. for `server.login`. */
export async function createTestUser(
  db: Kysely<DB>,
  user: {
    email: string;
    role: UserRole;
    funderKey?: string | null;
    participantKey?: string | null;
    password?: string;
  },
): Promise<{ id: number; email: string; password: string }> {
  const password = user.password ?? 'correct horse battery staple';
  const created = await new UsersRepository(db).upsertUser({
    email: user.email,
    passwordHash: await hashPassword(password),
    role: user.role,
    funderKey: user.funderKey ?? null,
    participantKey: user.participantKey ?? null,
  });
  return { id: created.id, email: user.email, password };
}
