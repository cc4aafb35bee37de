/** The impact goals the graduates set at the Transferwerkstatt, and their check-ins (goals.csv, checkins.csv). */
import type { EntityRow } from './csv-text.js';
import { addDays, addMonths } from './dates.js';
import { pad } from './numbers.js';
import type { Enrollment } from './participants.js';
import { CHECKIN_NOTES, GOAL_TEMPLATES } from './reference-data.js';
import type { SeededRandom } from './seeded-random.js';

export interface Goal {
  key: string;
  enrollment: Enrollment;
  title: string;
  level: number;
  setOn: string;
  dueOn: string;
  indicator: string;
  method: string;
  baseline: number;
  target: number;
  weight: number;
}

/** One to three goals of everyone who completed a cohort, due six months after they were set. */
export function setGoals(rng: SeededRandom, enrollments: readonly Enrollment[], today: string): Goal[] {
  const goals: Goal[] = [];
  for (const e of enrollments) {
    if (e.status !== 'completed') continue;
    const setOn = e.cohort.transferWorkshopOn;
    if (setOn > today) continue;
    const count = rng.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    for (const t of rng.sample(GOAL_TEMPLATES, count)) {
      const baseline = rng.int(t.baseline[0], t.baseline[1]);
      goals.push({
        key: '',
        enrollment: e,
        title: t.title,
        level: rng.pick(t.levels),
        setOn,
        dueOn: addDays(addMonths(setOn, 6), -1),
        indicator: t.indicator,
        method: t.method,
        baseline,
        target: baseline + rng.int(t.gain[0], t.gain[1]),
        weight: rng.weighted([
          [1, 80],
          [2, 12],
          [1.5, 5],
          [0.5, 3],
        ] as const),
      });
    }
  }
  const width = Math.max(4, String(goals.length).length);
  goals.forEach((g, i) => {
    g.key = `G${pad(i + 1, width)}`;
  });
  return goals;
}

/** Goal attainment values along the way from baseline to target, per GAS level. */
const PROGRESS: Record<number, number> = { [-2]: 0, [-1]: 0.5, 0: 1, 1: 1.3, 2: 1.7 };

/** Most goals get a final check-in when due, many an interim one after about three months. */
export function checkinRows(
  rng: SeededRandom,
  goals: readonly Goal[],
  today: string,
): EntityRow<'checkins'>[] {
  const rows: EntityRow<'checkins'>[] = [];
  for (const g of goals) {
    if (rng.chance(0.15)) continue; // never checked in
    const final = rng.weighted([
      [-2, 8],
      [-1, 20],
      [0, 40],
      [1, 22],
      [2, 10],
    ] as const);
    const value = (level: number) =>
      Math.round(g.baseline + (g.target - g.baseline) * (PROGRESS[level] ?? 1) * (0.9 + 0.2 * rng.next()));
    if (rng.chance(0.6)) {
      const interim = Math.max(-2, final - rng.int(0, 1));
      const date = addDays(g.setOn, rng.int(80, 110));
      if (date <= today)
        rows.push({
          goal_key: g.key,
          checked_on: date,
          gas_level: interim,
          value: value(interim),
          note: 'Zwischenstand',
        });
    }
    const date = addDays(g.dueOn, rng.int(-7, 21));
    if (date <= today) {
      rows.push({
        goal_key: g.key,
        checked_on: date,
        gas_level: final,
        value: value(final),
        note: rng.pick(CHECKIN_NOTES[final] ?? ['Abschluss']),
      });
    }
  }
  return rows;
}

export function goalRows(goals: readonly Goal[]): EntityRow<'goals'>[] {
  return goals.map((g) => ({
    goal_key: g.key,
    participant_key: g.enrollment.participant.key,
    cohort_key: g.enrollment.cohort.key,
    title: g.title,
    staircase_level: g.level,
    set_on: g.setOn,
    due_on: g.dueOn,
    indicator: g.indicator,
    method: g.method,
    baseline: g.baseline,
    target: g.target,
    weight: g.weight,
  }));
}
