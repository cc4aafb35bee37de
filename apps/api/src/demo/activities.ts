/** What the graduates do as multipliers after their certification (activities.csv). */
import type { EntityRow } from './csv-text.js';
import { addDays, daysBetween } from './dates.js';
import type { Network } from './networks.js';
import { pad } from './numbers.js';
import type { Enrollment, Participant } from './participants.js';
import {
  ACTIVITY_FORMAT_WEIGHTS,
  ACTIVITY_TITLES,
  type ActivityFormat,
  type StateCode,
} from './reference-data.js';
import type { SeededRandom } from './seeded-random.js';

export interface Activity {
  participant: Participant;
  date: string;
  format: ActivityFormat;
  title: string;
  educators: number;
  youth: number;
  initiatives: string[];
}

type Range = readonly [lo: number, hi: number];
/** Per format: how many of the network's initiatives take part, and how many educators come. */
const REACHED: Record<ActivityFormat, { initiatives: Range; educators: Range }> = {
  workshop: { initiatives: [0, 4], educators: [6, 25] },
  consulting: { initiatives: [1, 2], educators: [1, 6] },
  network_meeting: { initiatives: [2, 5], educators: [8, 30] },
  training: { initiatives: [0, 3], educators: [10, 40] },
  other: { initiatives: [0, 1], educators: [0, 12] },
};

export interface ActivityOptions {
  enrollments: readonly Enrollment[];
  networksByState: ReadonlyMap<StateCode, Network[]>;
  today: string;
  /** Exact number of activities; default: each multiplier's own monthly rhythm. */
  count?: number;
}

/** The multipliers' activities, chronological per person, people in key order. */
export function multiplierActivities(
  rng: SeededRandom,
  { enrollments, networksByState, today, count }: ActivityOptions,
): Activity[] {
  const multipliers = enrollments.filter((e) => e.status === 'completed' && e.certifiedOn !== null);
  const activities: Activity[] = [];
  const makeActivity = (p: Participant, date: string): Activity => {
    const format = rng.weighted(ACTIVITY_FORMAT_WEIGHTS);
    const [lo, hi] = REACHED[format].initiatives;
    const initiatives = rng.sample(p.network.initiatives, rng.int(lo, hi));
    if (initiatives.length > 0 && initiatives.length < 5 && rng.chance(0.06)) {
      // Now and then a neighbouring network in the same state joins in.
      const other = rng.pick(networksByState.get(p.network.state) ?? [p.network]);
      const extra = rng.pick(other.initiatives);
      if (!initiatives.includes(extra)) initiatives.push(extra);
    }
    const [eLo, eHi] = REACHED[format].educators;
    const educators = rng.int(eLo, eHi);
    const youth =
      format === 'consulting' || rng.chance(0.2) ? 0 : Math.round((educators * rng.int(5, 40)) / 10) * 10;
    return {
      participant: p,
      date,
      format,
      title: rng.pick(ACTIVITY_TITLES[format]),
      educators,
      youth,
      initiatives,
    };
  };
  const spans = multipliers.map((e) => Math.max(0, daysBetween(e.certifiedOn as string, today)));
  const rates = multipliers.map(() => (rng.chance(0.12) ? 0 : 0.12 + 0.45 * rng.next()));
  if (count === undefined) {
    multipliers.forEach((e, i) => {
      const rate = rates[i] as number;
      const span = spans[i] as number;
      for (let start = 1; start <= span && rate > 0; start += 30) {
        const decay = start > 730 ? 0.6 : 1;
        let n = rng.chance(rate * decay) ? (rng.chance(0.2) ? 2 : 1) : 0;
        while (n-- > 0) {
          const day = start + rng.int(0, Math.min(29, span - start));
          activities.push(makeActivity(e.participant, addDays(e.certifiedOn as string, day)));
        }
      }
    });
  } else if (count > 0) {
    const cumulative: number[] = [];
    let total = 0;
    multipliers.forEach((_, i) => {
      const span = spans[i] as number;
      // Everyone with time left gets a little weight, the inactive too (the target must be met).
      total += span > 0 ? Math.max((rates[i] as number) * span, 1) : 0;
      cumulative.push(total);
    });
    if (total === 0) throw new Error('no multipliers with time for activities before today');
    for (let k = 0; k < count; k++) {
      const r = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) > r) hi = mid;
        else lo = mid + 1;
      }
      const e = multipliers[lo] as Enrollment;
      const span = spans[lo] as number;
      activities.push(
        makeActivity(e.participant, addDays(e.certifiedOn as string, rng.int(1, Math.max(1, span)))),
      );
    }
  }
  const order = activities.map((a, i) => ({ a, i }));
  order.sort((x, y) =>
    x.a.participant.key < y.a.participant.key
      ? -1
      : x.a.participant.key > y.a.participant.key
        ? 1
        : x.a.date < y.a.date
          ? -1
          : x.a.date > y.a.date
            ? 1
            : x.i - y.i,
  );
  return order.map(({ a }) => a);
}

/** Activities numbered in file order. */
export function activityRows(activities: readonly Activity[]): EntityRow<'activities'>[] {
  const width = Math.max(5, String(activities.length).length);
  return activities.map((a, i) => ({
    activity_key: `A${pad(i + 1, width)}`,
    participant_key: a.participant.key,
    occurred_on: a.date,
    format: a.format,
    title: a.title,
    educators_reached: a.educators,
    youth_reached_estimate: a.youth,
    initiative_keys: a.initiatives,
  }));
}
