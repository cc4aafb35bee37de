import { describe, expect, it } from 'vitest';
import { pickLatestResponses } from './pick-latest-responses.js';

const r = (id: number, participantKey: string | null, submittedAt: string) => ({
  id,
  participantKey,
  submittedAt,
  sequence: id,
});

describe('pickLatestResponses', () => {
  it.each([
    { name: 'empty', responses: [], ids: [] },
    { name: 'one', responses: [r(1, 'P1', '2025-06-05T11:17:00')], ids: [1] },
    {
      name: 'the latest per participant',
      responses: [
        r(1, 'P1', '2025-06-05T11:17:00'),
        r(2, 'P2', '2025-06-01T10:00:00'),
        r(3, 'P1', '2025-06-05T23:59:00'),
      ],
      ids: [3, 2],
    },
    {
      name: 'an earlier one listed later loses',
      responses: [r(1, 'P1', '2025-06-05T23:59:00'), r(2, 'P1', '2025-06-05T11:17:00')],
      ids: [1],
    },
    {
      name: 'equal instants: the one listed last',
      responses: [r(1, 'P1', '2025-06-05T12:00:00'), r(2, 'P1', '2025-06-05 12:00:00')],
      ids: [2],
    },
    {
      name: 'equal instants written differently',
      responses: [r(1, 'P1', '2025-06-05T10:00:00Z'), r(2, 'P1', '2025-06-05T12:00:00')],
      ids: [2],
    },
    {
      name: 'compared as instants, not as text',
      responses: [r(1, 'P1', '2025-06-05T12:00:00+00:00'), r(2, 'P1', '2025-06-05T13:30:00')],
      ids: [1],
    },
    {
      name: 'anonymous responses are all kept',
      responses: [
        r(1, null, '2025-05-23T10:00:00'),
        r(2, null, '2025-05-23T10:00:00'),
        r(3, 'P1', '2025-05-23T10:00:00'),
      ],
      ids: [1, 2, 3],
    },
  ])('$name', ({ responses, ids }) => {
    expect(pickLatestResponses({ responses }).map((row) => row.id)).toEqual(ids);
  });
});
