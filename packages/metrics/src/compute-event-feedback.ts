import { computeNps } from './compute-nps.js';
import type { EventFeedback, ItemValues, SurveyItem } from './types.js';

export interface ComputeEventFeedbackOptions {
  instrument: string;
  /** The instrument's items; the one with role `nps` is scored. */
  items: readonly SurveyItem[];
  /** Responses of the in-scope event waves: latest per participant plus the qualifying anonymous ones. */
  responses: readonly ItemValues[];
}

/** Event feedback with NPS, e.g. `computeEventFeedback({ instrument: 'tw', items: [npsItem], responses: [{ NPS: 10 }, { NPS: 5 }] }).nps` = 0. */
export function computeEventFeedback({
  instrument,
  items,
  responses,
}: ComputeEventFeedbackOptions): EventFeedback {
  const npsItem = items.find((item) => item.role === 'nps');
  return {
    instrument,
    responses: responses.length,
    nps:
      npsItem === undefined
        ? null
        : computeNps({ scores: responses.map((values) => values[npsItem.itemCode]) }),
    suppressed: false,
    people: responses.length,
  };
}
