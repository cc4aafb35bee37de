import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, type INestApplication, Module, type Type } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AuthModule } from '../auth/auth.module.js';
import { resolveJwtSecret } from '../auth/jwt-secret.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { type MintqConfig, REPO_ROOT } from '../config/config.js';
import { ConfigModule } from '../config/config.module.js';
import type { Database } from '../database/database.js';
import { DatabaseModule } from '../database/database.module.js';
import { formatGraphqlError } from '../errors/format-error.js';
import { createHttpErrorHandler } from '../errors/http-error-handler.js';
import { RestErrorFilter } from '../errors/rest-error.filter.js';
import { HealthModule } from '../health/health.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { graphqlLoggingPlugin } from '../logging/graphql-logging.plugin.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { LoggingModule } from '../logging/logging.module.js';
import { NestPinoLogger } from '../logging/nest-logger.js';
import { requestLogger } from '../logging/request-logger.middleware.js';
import { FEATURE_MODULES } from './feature-modules.js';
import { GRAPHQL_LIMITS, graphqlValidationRules } from './graphql-limits.js';
import { IntrospectionPlugin } from './introspection.plugin.js';
import { securityHeaders } from './security-headers.js';

export const DASHBOARD_DIST = join(REPO_ROOT, 'apps', 'dashboard', 'dist');

export interface CreateAppOptions {
  /** More modules, e.g. a test's probe resolvers. */
  modules?: (Type | DynamicModule)[];
  /** Default: a pino logger at `config.logLevel`. */
  logger?: Logger;
}

/** Builds the one mintq process: GraphQL, health endpoints and the built dashboard. */
export async function createApp(
  database: Database,
  config: MintqConfig,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // Before anything listens: a production deployment without its secret must not start.
  const secret = resolveJwtSecret(config);

  @Module({
    imports: [
      ConfigModule.forConfig(config),
      DatabaseModule.forDatabase(database),
      LoggingModule.forLogger(logger),
      AuthModule.forRoot({ secret, ttlSeconds: config.jwtTtlSeconds }),
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        // In memory at runtime; the committed apps/api/schema.graphql comes from write-schema.ts.
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        context: ({ req, res }: Pick<GraphqlContext, 'req' | 'res'>): GraphqlContext => ({ req, res }),
        // The schema answers only signed-in users who may use GraphiQL, in every mode
        // (IntrospectionPlugin); the dashboard bundles GraphiQL, so no landing page of Apollo's
        // (it loads scripts from a CDN, which the CSP refuses). Production: no "Did you mean …?".
        introspection: true,
        graphiql: false,
        hideSchemaDetailsFromClientErrors: config.production,
        // Apollo's CSRF prevention: GETs and simple POSTs need a non-simple header.
        csrfPrevention: true,
        // A batch would multiply every per-document limit below by its length.
        allowBatchedHttpRequests: false,
        includeStacktraceInErrorResponses: false,
        parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
        validationRules: graphqlValidationRules(),
        // Our formatError sees raw errors and does every mapping itself (errors/format-error.ts).
        autoTransformHttpErrors: false,
        formatError: formatGraphqlError,
        // Cache hints serve HTTP caches of public data; mintq's answers are per viewer and never
        // cached, and the plugin hooks every resolved field (thousands in a long month series).
        plugins: [graphqlLoggingPlugin(logger), ApolloServerPluginCacheControlDisabled()],
        logger: logger.child({ component: 'apollo' }),
      }),
      HealthModule,
      JobsModule,
      ...FEATURE_MODULES,
      ...(options.modules ?? []),
    ],
    providers: [{ provide: APP_FILTER, useClass: RestErrorFilter }, IntrospectionPlugin],
  })
  class AppModule {}

  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new NestPinoLogger(logger),
    // Nest's parser has no error handler of ours behind it; ours is registered below.
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Before anything reads req.ip or req.secure (request log, sign-in throttle, HSTS).
  app.set('trust proxy', config.trustProxy);
  // Registered before Nest adds its routes (at init), so these run first for every request.
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(express.json({ limit: GRAPHQL_LIMITS.bodyLimit }));
  app.use(createHttpErrorHandler(logger));
  if (existsSync(join(DASHBOARD_DIST, 'index.html'))) {
    const files = express.static(DASHBOARD_DIST, { index: 'index.html', maxAge: '1h' });
    const isApiPath = (req: express.Request) => /^\/(graphql|api|healthz|readyz)(\/|$)/.test(req.path);
    // API paths never look on disk: the lookup waits for libuv's few threads, which a burst of
    // sign-ins (password hashing) occupies, and /healthz then took seconds to answer.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) =>
      isApiPath(req) ? next() : files(req, res, next),
    );
    // Client-side routes: every other GET that is not an API path gets the dashboard.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method === 'GET' && !isApiPath(req) && req.accepts('html'))
        res.sendFile(join(DASHBOARD_DIST, 'index.html'));
      else next();
    });
  }
  return app;
}
