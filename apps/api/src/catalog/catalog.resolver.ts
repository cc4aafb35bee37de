import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { CatalogService } from './catalog.service.js';
import {
  InitiativeConnectionType,
  InitiativesArgs,
  InstrumentType,
  NetworkType,
  ParticipantConnectionType,
  ParticipantsArgs,
  WaveType,
} from './catalog.types.js';
import { requestedFields } from './requested-fields.js';

@Resolver()
export class CatalogResolver {
  constructor(private readonly service: CatalogService) {}

  // Not for FUNDER users: per-network counts lie outside any funder's release (and are unsuppressed).
  @Can('readPseudonymisedRows')
  @Query(() => [NetworkType], { description: 'MINT regions, sorted by key. Not for FUNDER users.' })
  networks(
    @Args('state', { type: () => String, nullable: true }) state: string | null,
  ): Promise<NetworkType[]> {
    return this.service.listNetworks(state);
  }

  @Can('readPseudonymisedRows')
  @Query(() => InitiativeConnectionType, {
    description: 'Local initiatives, sorted by key, a page at a time. Not for FUNDER users.',
  })
  initiatives(@Args() args: InitiativesArgs): Promise<InitiativeConnectionType> {
    return this.service.listInitiatives(args);
  }

  @Can('readPseudonymisedRows')
  @Query(() => ParticipantConnectionType, {
    description:
      'Participants by pseudonymous key, a page at a time; names and e-mails for ADMIN and PROJECT_LEAD only.',
  })
  participants(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ParticipantsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ParticipantConnectionType> {
    // Asking for personal data without the right is refused as a whole: no partial answer.
    const fields = requestedFields(info, ['nodes']);
    return this.service.listParticipants(viewer, args, fields.has('displayName') || fields.has('email'));
  }

  @Query(() => [InstrumentType], { description: 'Questionnaires with their items.' })
  instruments(): Promise<InstrumentType[]> {
    return this.service.listInstruments();
  }

  // Response counts per wave are unscoped and unsuppressed: no part of a funder's release.
  @Can('readPseudonymisedRows')
  @Query(() => [WaveType], { description: 'Survey waves, by cohort, then pre, post, follow_up, event.' })
  waves(
    @Args('instrument', { type: () => String, nullable: true }) instrument: string | null | undefined,
    @Args('cohort', { type: () => String, nullable: true }) cohort: string | null | undefined,
  ): Promise<WaveType[]> {
    return this.service.listWaves({ instrument, cohort });
  }
}
