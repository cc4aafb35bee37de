import { parseInstant } from './parse-instant.js';

/** A survey response as imported. */
export interface ResponseRow {
  /** Null for an anonymous response. */
  participantKey: string | null;
  /** ISO 8601 (without offset: Europe/Berlin) or a Date. */
  submittedAt: string | Date;
  /** Position in the import (file order); the larger one was listed later. */
  sequence: number;
}

export interface PickLatestResponsesOptions<T extends ResponseRow> {
  /** Responses of one wave. */
  responses: readonly T[];
  /** Zone of timestamps without offset; default Europe/Berlin. */
  timeZone?: string;
}

/** Per participant the response with the latest `submittedAt` as an instant (equal instants: the one listed last); anonymous responses are all kept; order of first appearance, e.g. `pickLatestResponses({ responses: [{ participantKey: 'P1', submittedAt: '2025-06-05T11:17:00', sequence: 1 }, { participantKey: 'P1', submittedAt: '2025-06-05T23:59:00', sequence: 2 }] })` keeps sequence 2. */
export function pickLatestResponses<T extends ResponseRow>({
  responses,
  timeZone,
}: PickLatestResponsesOptions<T>): T[] {
  const latest = new Map<string, { row: T; instant: number }>();
  const order: (string | T)[] = [];
  for (const row of responses) {
    if (row.participantKey === null) {
      order.push(row);
      continue;
    }
    const instant = parseInstant({ value: row.submittedAt, timeZone });
    const current = latest.get(row.participantKey);
    if (current === undefined) order.push(row.participantKey);
    if (
      current === undefined ||
      instant > current.instant ||
      (instant === current.instant && row.sequence > current.row.sequence)
    ) {
      latest.set(row.participantKey, { row, instant });
    }
  }
  return order.map((entry) => (typeof entry === 'string' ? (latest.get(entry)?.row as T) : entry));
}
