import { Module } from '@nestjs/common';
import { FundersRepository } from './funders.repository.js';
import { FundersResolver } from './funders.resolver.js';

@Module({ providers: [FundersRepository, FundersResolver] })
export class FundersModule {}
