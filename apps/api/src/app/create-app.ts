import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { type MintqConfig, REPO_ROOT } from '../config/config.js';
import { ConfigModule } from '../config/config.module.js';
import type { Database } from '../database/database.js';
import { DatabaseModule } from '../database/database.module.js';
import { FundersModule } from '../funders/funders.module.js';
import { HealthModule } from '../health/health.module.js';

export const DASHBOARD_DIST = join(REPO_ROOT, 'apps', 'dashboard', 'dist');

/** Builds the one mintq process: GraphQL, health endpoints and the built dashboard. */
export async function createApp(database: Database, config: MintqConfig): Promise<INestApplication> {
  @Module({
    imports: [
      ConfigModule.forConfig(config),
      DatabaseModule.forDatabase(database),
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        introspection: !config.production,
        csrfPrevention: true,
      }),
      HealthModule,
      CohortsModule,
      FundersModule,
    ],
  })
  class AppModule {}

  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  if (existsSync(join(DASHBOARD_DIST, 'index.html'))) {
    app.use(express.static(DASHBOARD_DIST, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: every other GET that is not an API path gets the dashboard.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      const apiPath = /^\/(graphql|api|healthz|readyz)(\/|$)/.test(req.path);
      if (req.method === 'GET' && !apiPath && req.accepts('html'))
        res.sendFile(join(DASHBOARD_DIST, 'index.html'));
      else next();
    });
  }
  return app;
}
