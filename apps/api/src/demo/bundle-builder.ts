/**
 * The demo and bench bundles: a seeded, fully in-memory model of a programme (funders, cohorts,
 * networks, people, surveys, goals, activities), one module per entity, rendered as the CSV files
 * of import-bundle format version 1. Deterministic: the output depends only on the options (seed,
 * today, plans), never on the clock or Math.random.
 */
import { BUNDLE_SPECS, ENTITY_ORDER } from '@mintq/schema';
import { activityRows, multiplierActivities } from './activities.js';
import { type CohortPlan, cohortRows, programRows } from './cohorts.js';
import { type CsvStyle, type EntityRow, entityCsv, type FileEntity } from './csv-text.js';
import { funderRows, fundingRows } from './funders.js';
import { checkinRows, goalRows, setGoals } from './goals.js';
import { instrumentRows, itemRows, selfAssessmentItems, TRANSFER_FEEDBACK_ITEMS } from './instruments.js';
import { buildNetworks, networkRows, networksByState } from './networks.js';
import { enrollmentRows, enrollPeople, participantRows } from './participants.js';
import { renderResponses } from './responses.js';
import { SeededRandom } from './seeded-random.js';
import { surveyWaves, waveRows } from './waves.js';

export { type CohortPlan, cohortPlanForYear } from './cohorts.js';

export interface BuildOptions {
  seed: number;
  /** ISO date; nothing generated is dated after it. */
  today: string;
  cohorts: readonly CohortPlan[];
  /** Self-assessment items per dimension; default: the curated 19-item Selbstanalyse. */
  itemsPerDimension?: number;
  /** Exact number of activities; default: each multiplier's own monthly rhythm. */
  activities?: number;
  /** Add resubmissions until the response files hold at least this many answers. */
  answersTarget?: number;
  /** Chance that someone who did not complete a cohort re-enrolls in the next one (at most 2 per cohort). */
  reenrollChance?: number;
}

export interface BundleStats {
  participants: number;
  enrollments: number;
  networks: number;
  initiatives: number;
  responses: number;
  /** Item answers in complete (not skipped) responses. */
  answers: number;
  goals: number;
  checkins: number;
  activities: number;
}

export interface BuiltBundle {
  files: Map<string, string>;
  stats: BundleStats;
}

/** How a file is written when not plainly: activities as German Excel saves them. */
const STYLES: Partial<Record<FileEntity, CsvStyle>> = {
  // `;`, a byte-order mark, CRLF; initiative keys therefore joined with `|`.
  activities: { delimiter: ';', bom: true, eol: '\r\n' },
};

/** Builds the whole bundle. */
export function buildBundle(options: BuildOptions): BuiltBundle {
  const today = options.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  // One generator per part: each part draws the same numbers whatever the others draw.
  const root = new SeededRandom(options.seed);
  const rngNet = root.fork();
  const rngPeople = root.fork();
  const rngSurvey = root.fork();
  const rngGoals = root.fork();
  const rngAct = root.fork();

  const cohorts = options.cohorts.filter((c) => c.startsOn <= today);
  const { networks, initiatives } = buildNetworks(rngNet);
  const selfAssessment = selfAssessmentItems(options.itemsPerDimension);
  const { participants, enrollments } = enrollPeople(rngPeople, {
    cohorts,
    networks,
    dimensions: new Set(selfAssessment.map((i) => i.dimension ?? '')).size,
    today,
    reenrollChance: options.reenrollChance ?? 0.3,
  });
  const { waves, answers } = surveyWaves(rngSurvey, {
    cohorts,
    enrollments,
    selfAssessment,
    transferFeedback: TRANSFER_FEEDBACK_ITEMS,
    today,
    answersTarget: options.answersTarget,
  });
  const goals = setGoals(rngGoals, enrollments, today);
  const checkins = checkinRows(rngGoals, goals, today);
  const activities = multiplierActivities(rngAct, {
    enrollments,
    networksByState: networksByState(networks),
    today,
    count: options.activities,
  });

  const rows: { [E in FileEntity]: readonly EntityRow<E>[] } = {
    programs: programRows(),
    funders: funderRows(),
    cohorts: cohortRows(cohorts),
    fundings: fundingRows(cohorts),
    networks: networkRows(networks),
    initiatives,
    participants: participantRows(participants),
    enrollments: enrollmentRows(enrollments),
    instruments: instrumentRows(),
    items: itemRows([...selfAssessment, ...TRANSFER_FEEDBACK_ITEMS]),
    waves: waveRows(waves),
    goals: goalRows(goals),
    checkins,
    activities: activityRows(activities),
  };
  const write = <E extends FileEntity>(entity: E) => entityCsv(entity, rows[entity], STYLES[entity]);
  const files = new Map<string, string>();
  for (const entity of ENTITY_ORDER) {
    if (entity !== 'responses') {
      files.set(BUNDLE_SPECS[entity].file, write(entity));
      continue;
    }
    for (const w of waves) files.set(`responses_${w.key}.csv`, renderResponses(w, rngSurvey));
  }

  return {
    files,
    stats: {
      participants: participants.length,
      enrollments: enrollments.length,
      networks: networks.length,
      initiatives: initiatives.length,
      responses: waves.reduce((n, w) => n + w.responses.filter((r) => !r.incomplete).length, 0),
      answers,
      goals: goals.length,
      checkins: checkins.length,
      activities: activities.length,
    },
  };
}
