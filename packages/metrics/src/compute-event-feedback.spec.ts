import { describe, expect, it } from 'vitest';
import { computeEventFeedback } from './compute-event-feedback.js';
import type { SurveyItem } from './types.js';

const NPS: SurveyItem = {
  itemCode: 'NPS',
  dimension: null,
  reversed: false,
  scaleMin: 0,
  scaleMax: 10,
  role: 'nps',
};
const ZUF: SurveyItem = {
  itemCode: 'ZUF1',
  dimension: 'Zufriedenheit',
  reversed: false,
  scaleMin: 1,
  scaleMax: 5,
  role: 'likert',
};

describe('computeEventFeedback', () => {
  it.each([
    { name: 'no responses', items: [ZUF, NPS], responses: [], count: 0, nps: null },
    {
      name: 'responses without an NPS answer count, but not for the NPS',
      items: [ZUF, NPS],
      responses: [{ ZUF1: 4, NPS: 10 }, { ZUF1: 5, NPS: null }, { ZUF1: 3 }],
      count: 3,
      nps: 100,
    },
    { name: 'instrument without NPS item', items: [ZUF], responses: [{ ZUF1: 4 }], count: 1, nps: null },
    { name: 'mixed', items: [NPS], responses: [{ NPS: 10 }, { NPS: 5 }], count: 2, nps: 0 },
  ])('$name', ({ items, responses, count, nps }) => {
    expect(computeEventFeedback({ instrument: 'tw', items, responses })).toEqual({
      instrument: 'tw',
      responses: count,
      nps,
      suppressed: false,
      people: count,
    });
  });
});
