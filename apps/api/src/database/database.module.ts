import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Database } from './database.js';

/** Injection token of the open `Database` (Kysely over PGlite or pg). */
export const DATABASE = Symbol('DATABASE');

/** Provides the already opened and migrated database to every module. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  static forDatabase(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE, useValue: database }],
      exports: [DATABASE],
    };
  }

  async onApplicationShutdown() {
    await this.database.close();
  }
}
