import { computeEventFeedback, type EventFeedback, suppressSmallNumbers } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
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
  ) {}

  async getEventFeedback(
    viewer: Viewer,
    instrument: string,
    input: ScopeInput | null | undefined,
  ): Promise<EventFeedback> {
    return this.computeForScope(await this.scopes.resolve(viewer, input), instrument);
  }

  /** Event feedback (responses, NPS) for an already resolved scope (also what funder reports call). */
  async computeForScope(scope: ResolvedScope, instrument: string): Promise<EventFeedback> {
    const [found, responses] = await Promise.all([
      this.repository.findInstrument(instrument),
      this.repository.eventResponses(scope, instrument),
    ]);
    if (!found) throw unknownInstrument(instrument);
    const feedback = computeEventFeedback({
      instrument: found.key,
      items: found.items,
      responses: responses.map((row) => toAnswerValues(row, found)),
    });
    return scope.suppressionK === null
      ? feedback
      : suppressSmallNumbers({ tree: feedback, k: scope.suppressionK });
  }
}
