import type { EventFeedback } from '@mintq/contract';
import { computeEventFeedback } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { toAnswerValues } from '../surveys/survey-sql.js';
import { unknownInstrument } from '../surveys/surveys.service.js';
import { EventsRepository } from './events.repository.js';

@Injectable()
export class EventsService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: EventsRepository,
    private readonly releases: FunderReleases,
  ) {
    releases.provide('eventFeedback', (scope, instrument) => this.computeForScope(scope, instrument));
  }

  /** A funder user's answer comes from its release; everyone else's is computed exactly. */
  async getEventFeedback(
    viewer: Viewer,
    instrument: string,
    input: ScopeInput | null | undefined,
  ): Promise<EventFeedback> {
    const scope = await this.scopes.resolve(viewer, input);
    return scope.release
      ? this.releases.eventFeedback(scope.release, instrument)
      : this.computeForScope(scope, instrument);
  }

  /** Exact event feedback (responses, NPS) for a resolved scope (a release is built from these). */
  async computeForScope(scope: ResolvedScope, instrument: string): Promise<EventFeedback> {
    const [found, responses] = await Promise.all([
      this.repository.findInstrument(instrument),
      this.repository.eventResponses(scope, instrument),
    ]);
    if (!found) throw unknownInstrument(instrument);
    return computeEventFeedback({
      instrument: found.key,
      items: found.items,
      responses: responses.map((row) => toAnswerValues(row, found)),
    });
  }
}
