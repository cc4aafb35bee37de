/** A check-in on a goal, as imported. */
export interface CheckinRow {
  /** `YYYY-MM-DD`. */
  checkedOn: string;
  /** GAS level −2…+2. */
  gasLevel: number;
  /** Position in the import (file order); the larger one was listed later. */
  sequence: number;
}

export interface PickLatestCheckinOptions<T extends CheckinRow> {
  /** Check-ins of one goal, any order. */
  checkins: readonly T[];
  /** `YYYY-MM-DD`: check-ins after it are ignored. */
  asOf: string;
}

/** The goal's latest check-in on or before `asOf` (same date: the one listed last), else null, e.g. `pickLatestCheckin({ checkins: [{ checkedOn: '2025-01-01', gasLevel: 1, sequence: 1 }], asOf: '2025-06-01' })?.gasLevel` = 1. */
export function pickLatestCheckin<T extends CheckinRow>({
  checkins,
  asOf,
}: PickLatestCheckinOptions<T>): T | null {
  let latest: T | null = null;
  for (const checkin of checkins) {
    if (checkin.checkedOn > asOf) continue;
    if (
      latest === null ||
      checkin.checkedOn > latest.checkedOn ||
      (checkin.checkedOn === latest.checkedOn && checkin.sequence > latest.sequence)
    ) {
      latest = checkin;
    }
  }
  return latest;
}
