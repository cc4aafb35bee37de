import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MINTQ_CONFIG, type MintqConfig } from './config.js';

/** Provides the process's settings (`MINTQ_CONFIG`) to every module. */
@Global()
@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: a Nest dynamic module is a class with a static factory
export class ConfigModule {
  static forConfig(config: MintqConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: MINTQ_CONFIG, useValue: config }],
      exports: [MINTQ_CONFIG],
    };
  }
}
