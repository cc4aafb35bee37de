import { Module } from '@nestjs/common';
import { PersonsResolver } from './persons.resolver.js';
import { PersonsService } from './persons.service.js';

/** `personExport` and `erasePerson`: one participant's data for the data protection officer. */
@Module({ providers: [PersonsService, PersonsResolver] })
export class PersonsModule {}
