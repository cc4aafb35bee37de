import { Module } from '@nestjs/common';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';

/** The structural lists: networks, initiatives, participants (pseudonymous), instruments, waves. */
@Module({ providers: [CatalogRepository, CatalogService, CatalogResolver] })
export class CatalogModule {}
