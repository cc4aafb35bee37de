/** The people of the cohorts and their enrollments (participants.csv, enrollments.csv). */
import type { EnrollmentStatus } from '@mintq/schema';
import { type CohortPlan, isFinished } from './cohorts.js';
import type { EntityRow } from './csv-text.js';
import { addDays, daysBetween } from './dates.js';
import type { Network } from './networks.js';
import { clamp, pad } from './numbers.js';
import { emailLocal, FIRST_NAMES, LAST_NAMES } from './reference-data.js';
import type { SeededRandom } from './seeded-random.js';

export interface Participant {
  key: string;
  network: Network;
  name: string;
  email: string;
}

export interface Enrollment {
  participant: Participant;
  cohort: CohortPlan;
  status: EnrollmentStatus;
  certifiedOn: string | null;
  withdrawnOn: string | null;
  /** Latent self-assessment level per dimension at pre, and the gains to post and follow-up. */
  level: number[];
  gainPost: number[];
  gainFollow: number[];
}

export interface EnrollOptions {
  cohorts: readonly CohortPlan[];
  networks: readonly Network[];
  /** How many self-assessment dimensions each person has a latent level in. */
  dimensions: number;
  today: string;
  /** Chance that someone who did not complete a cohort re-enrolls in the next one (at most 2 per cohort). */
  reenrollChance: number;
}

/**
 * Fills each cohort with new people (three in four from a network not yet in the programme) and
 * a few who try again, then settles who completed, stayed enrolled or withdrew.
 */
export function enrollPeople(
  rng: SeededRandom,
  { cohorts, networks, dimensions, today, reenrollChance }: EnrollOptions,
): { participants: Participant[]; enrollments: Enrollment[] } {
  const totalEnrolled = cohorts.reduce((s, c) => s + c.enrolled, 0);
  const pWidth = Math.max(4, String(totalEnrolled).length);
  const participants: Participant[] = [];
  const enrollments: Enrollment[] = [];
  const usedNetworks = new Set<string>();
  const unusedOrder = rng.shuffle(networks);
  let unusedCursor = 0;
  const reenrolled = new Set<string>();
  const newEnrollment = (participant: Participant, cohort: CohortPlan): Enrollment => {
    const g = rng.normal(0, 0.3);
    const each = (draw: () => number) => Array.from({ length: dimensions }, draw);
    return {
      participant,
      cohort,
      status: 'enrolled',
      certifiedOn: null,
      withdrawnOn: null,
      level: each(() => 2.7 + g + rng.normal(0, 0.4)),
      gainPost: each(() => rng.normal(0.3, 0.4)),
      gainFollow: each(() => rng.normal(0.05, 0.3)),
    };
  };
  let previous: Enrollment[] = [];
  for (const cohort of cohorts) {
    const current: Enrollment[] = [];
    // A few who did not complete the previous cohort try again.
    for (const e of previous) {
      if (current.length >= Math.min(2, cohort.enrolled)) break;
      if (e.status === 'completed' || reenrolled.has(e.participant.key)) continue;
      if (rng.chance(reenrollChance)) {
        reenrolled.add(e.participant.key);
        current.push(newEnrollment(e.participant, cohort));
      }
    }
    while (current.length < cohort.enrolled) {
      let network: Network | undefined;
      if (rng.chance(0.75)) {
        while (unusedCursor < unusedOrder.length && !network) {
          const candidate = unusedOrder[unusedCursor++];
          if (candidate && !usedNetworks.has(candidate.key)) network = candidate;
        }
      }
      network ??= rng.pick(networks);
      usedNetworks.add(network.key);
      const n = participants.length + 1;
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const p: Participant = {
        key: `P${pad(n, pWidth)}`,
        network,
        name: `${first} ${last}`,
        email: `${emailLocal(first, last)}${n}@example.org`,
      };
      participants.push(p);
      current.push(newEnrollment(p, cohort));
    }
    settleStatus(rng, cohort, current, today);
    enrollments.push(...current);
    previous = current;
  }
  return { participants, enrollments };
}

/** Who of a finished cohort completed, stayed enrolled or withdrew; in a running one, a few withdraw. */
function settleStatus(rng: SeededRandom, cohort: CohortPlan, current: Enrollment[], today: string): void {
  const span = daysBetween(cohort.startsOn, cohort.endsOn);
  if (isFinished(cohort, today)) {
    const completed = clamp(
      cohort.completed ?? Math.round(current.length * (0.8 + 0.1 * rng.next())),
      0,
      current.length,
    );
    const order = rng.shuffle(current.map((_, i) => i));
    order.forEach((idx, rank) => {
      const e = current[idx] as Enrollment;
      if (rank < completed) {
        e.status = 'completed';
        e.certifiedOn = cohort.endsOn;
      } else if (rng.chance(0.25)) {
        e.status = 'enrolled';
      } else {
        e.status = 'withdrawn';
        e.withdrawnOn = addDays(cohort.startsOn, rng.int(35, Math.max(35, span - 40)));
      }
    });
  } else {
    const latest = Math.min(span - 20, daysBetween(cohort.startsOn, today));
    for (const e of current) {
      if (latest >= 35 && rng.chance(0.05)) {
        e.status = 'withdrawn';
        e.withdrawnOn = addDays(cohort.startsOn, rng.int(35, latest));
      }
    }
  }
}

export function participantRows(participants: readonly Participant[]): EntityRow<'participants'>[] {
  return participants.map((p) => ({
    participant_key: p.key,
    network_key: p.network.key,
    display_name: p.name,
    email: p.email,
  }));
}

export function enrollmentRows(enrollments: readonly Enrollment[]): EntityRow<'enrollments'>[] {
  return enrollments.map((e) => ({
    participant_key: e.participant.key,
    cohort_key: e.cohort.key,
    status: e.status,
    certified_on: e.certifiedOn,
    withdrawn_on: e.withdrawnOn,
  }));
}
