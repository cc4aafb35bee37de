import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { PersonsService } from './persons.service.js';
import { PersonErasureType, PersonExportType } from './persons.types.js';

/** ADMIN only: the data protection officer's requests go through the operator, never a project lead. */
@Resolver()
export class PersonsResolver {
  constructor(private readonly service: PersonsService) {}

  @Can('managePersons')
  @Query(() => PersonExportType, {
    description:
      'Everything mintq holds about one participant, by key (GDPR Art. 15); each call is recorded in the audit log. ADMIN only.',
  })
  personExport(
    @CurrentViewer() viewer: Viewer,
    @Args('key', { type: () => String }) key: string,
  ): Promise<PersonExportType> {
    return this.service.export(viewer, key);
  }

  @Can('managePersons')
  @Mutation(() => PersonErasureType, {
    description:
      'Erases one participant and everything that is theirs (GDPR Art. 17), in one transaction, recorded in the register of erasures. ADMIN only.',
  })
  erasePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('key', { type: () => String }) key: string,
  ): Promise<PersonErasureType> {
    return this.service.erase(viewer, key);
  }
}
