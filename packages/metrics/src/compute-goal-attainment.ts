import { computeGasTScore } from './compute-gas-t-score.js';
import type { GoalAttainment, LevelCount, StaircaseCount } from './types.js';

const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
const STAIRCASE_LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One in-scope goal with `set_on` ≤ `asOf` (from SQL). */
export interface GoalRow {
  /** Whose goal; distinct keys count people (use a (participant, cohort) key if enrollments differ). */
  participantKey: string;
  /** Wirkungstreppe level 1–7. */
  staircaseLevel: number;
  /** GAS weight > 0 (default 1). */
  weight?: number | null;
  /** `YYYY-MM-DD`. */
  dueOn: string;
  /** GAS level of the latest check-in on or before `asOf` (see `pickLatestCheckin`), null for none. */
  level: number | null;
  /** The goal's check-ins on or before `asOf`. */
  checkins: number;
}

export interface ComputeGoalAttainmentOptions {
  goals: readonly GoalRow[];
  /** `YYYY-MM-DD`; goals without data due before it are overdue. */
  asOf: string;
  /** GAS inter-goal correlation, default 0.3. */
  rho?: number;
}

/** Goal attainment as of a date, e.g. `computeGoalAttainment({ goals: [{ participantKey: 'P1', staircaseLevel: 3, dueOn: '2025-11-21', level: 1, checkins: 2 }], asOf: '2025-12-01' }).meanTScore` = 60. */
export function computeGoalAttainment({
  goals,
  asOf,
  rho = 0.3,
}: ComputeGoalAttainmentOptions): GoalAttainment {
  let attained = 0;
  let notAttained = 0;
  let noData = 0;
  let overdue = 0;
  let checkins = 0;
  const people = new Set<string>();
  const levelGoals = new Map<number, number>(GAS_LEVELS.map((level) => [level, 0]));
  const levelPeople = new Map<number, Set<string>>(GAS_LEVELS.map((level) => [level, new Set()]));
  const stairGoals = new Map<number, { goals: number; attained: number; people: Set<string> }>(
    STAIRCASE_LEVELS.map((level) => [level, { goals: 0, attained: 0, people: new Set() }]),
  );
  const leveledByParticipant = new Map<string, { level: number; weight: number }[]>();

  for (const goal of goals) {
    people.add(goal.participantKey);
    checkins += goal.checkins;
    const stair = stairGoals.get(goal.staircaseLevel);
    if (stair === undefined)
      throw new RangeError(`computeGoalAttainment: staircase level ${goal.staircaseLevel}`);
    stair.goals += 1;
    stair.people.add(goal.participantKey);
    if (goal.level === null) {
      noData += 1;
      if (goal.dueOn < asOf) overdue += 1;
      continue;
    }
    const count = levelGoals.get(goal.level);
    if (count === undefined) throw new RangeError(`computeGoalAttainment: GAS level ${goal.level}`);
    levelGoals.set(goal.level, count + 1);
    levelPeople.get(goal.level)?.add(goal.participantKey);
    if (goal.level >= 0) {
      attained += 1;
      stair.attained += 1;
    } else {
      notAttained += 1;
    }
    const leveled = leveledByParticipant.get(goal.participantKey) ?? [];
    leveled.push({ level: goal.level, weight: goal.weight ?? 1 });
    leveledByParticipant.set(goal.participantKey, leveled);
  }

  let tScoreSum = 0;
  for (const leveled of leveledByParticipant.values())
    tScoreSum += computeGasTScore({ goals: leveled, rho }) ?? 0;
  const tScoreParticipants = leveledByParticipant.size;

  const levels: LevelCount[] = GAS_LEVELS.map((level) => ({
    level,
    goals: levelGoals.get(level) ?? 0,
    suppressed: false,
    people: levelPeople.get(level)?.size ?? 0,
  }));
  const byStaircaseLevel: StaircaseCount[] = STAIRCASE_LEVELS.map((level) => {
    const stair = stairGoals.get(level);
    return {
      level,
      goals: stair?.goals ?? 0,
      attained: stair?.attained ?? 0,
      suppressed: false,
      people: stair?.people.size ?? 0,
    };
  });

  return {
    goals: goals.length,
    attained,
    notAttained,
    noData,
    overdue,
    attainmentRate: attained + notAttained === 0 ? null : attained / (attained + notAttained),
    meanTScore: tScoreParticipants === 0 ? null : tScoreSum / tScoreParticipants,
    tScoreParticipants,
    checkins,
    levels,
    byStaircaseLevel,
    suppressed: false,
    people: people.size,
  };
}
