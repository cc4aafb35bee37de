import { TIMELINE_STEP_KINDS, type TimelineStepKind, type TimelineStepState } from './entry-enums.js';
import { goalProgress } from './goal-progress.js';
import type { TimelineStepType } from './my-entries.types.js';

/** The cohort dates the timeline is built from. */
export interface TimelineCohort {
  starts_on: string;
  ends_on: string;
  transfer_workshop_on: string | null;
  status: 'enrolled' | 'completed' | 'withdrawn';
}

/** A survey wave of the cohort, and whether the coordinator answered it. */
export interface TimelineWave {
  wave: 'pre' | 'post' | 'follow_up' | 'event';
  kind: 'self_assessment' | 'event_feedback';
  opens_on: string | null;
  closes_on: string | null;
  responded: boolean | number | string;
}

/** A goal of the cohort and its check-ins' dates. */
export interface TimelineGoal {
  key: string;
  set_on: string;
  due_on: string;
  goal: { checkins: ReadonlyArray<{ checkedOn: string }> };
}

const WAVE_STEPS: Record<string, TimelineStepKind> = {
  'self_assessment:pre': 'SELF_ASSESSMENT_PRE',
  'self_assessment:post': 'SELF_ASSESSMENT_POST',
  'self_assessment:follow_up': 'SELF_ASSESSMENT_FOLLOW_UP',
  'event_feedback:event': 'EVENT_FEEDBACK',
};

/** A dated event: done once its day has come. */
function happens(on: string | null, today: string): TimelineStepState {
  return on !== null && on <= today ? 'DONE' : 'UPCOMING';
}

/** Something to do between `on` and `until`: done, open now, later, or missed. */
function task(done: boolean, on: string | null, until: string | null, today: string): TimelineStepState {
  if (done) return 'DONE';
  if (on === null || on > today) return 'UPCOMING';
  return until !== null && until < today ? 'MISSED' : 'OPEN';
}

/** Truthy from either driver (PGlite and node-postgres answer `exists` alike, but be lenient). */
function truthy(value: boolean | number | string): boolean {
  return value === true || value === 1 || value === 't' || value === 'true';
}

/**
 * A coordinator's steps in one cohort, by date (steps without a date last): the cohort's start
 * and end, its survey waves (done when the coordinator answered), the Transferwerkstatt, each
 * goal set and due (due: done with a check-in on or after the due date), or one open GOAL_SET
 * step while they have no goal there. States by `today` (YYYY-MM-DD, Berlin).
 */
export function timelineOf(
  cohort: TimelineCohort,
  waves: readonly TimelineWave[],
  goals: readonly TimelineGoal[],
  today: string,
): TimelineStepType[] {
  const step = (
    kind: TimelineStepKind,
    on: string | null,
    state: TimelineStepState,
    until: string | null = null,
    goalKey: string | null = null,
  ): TimelineStepType => ({ kind, on, until, state, goalKey });
  const steps: TimelineStepType[] = [
    step('COHORT_START', cohort.starts_on, happens(cohort.starts_on, today)),
    step('TRANSFER_WORKSHOP', cohort.transfer_workshop_on, happens(cohort.transfer_workshop_on, today)),
    step('COHORT_END', cohort.ends_on, happens(cohort.ends_on, today)),
  ];
  for (const wave of waves) {
    const kind = WAVE_STEPS[`${wave.kind}:${wave.wave}`];
    if (kind === undefined) continue;
    steps.push(
      step(
        kind,
        wave.opens_on,
        task(truthy(wave.responded), wave.opens_on, wave.closes_on, today),
        wave.closes_on,
      ),
    );
  }
  if (goals.length === 0) {
    // A goal is set at the Transferwerkstatt; a withdrawn coordinator sets none.
    const state: TimelineStepState =
      cohort.status === 'withdrawn'
        ? 'MISSED'
        : cohort.transfer_workshop_on !== null && cohort.transfer_workshop_on > today
          ? 'UPCOMING'
          : 'OPEN';
    steps.push(step('GOAL_SET', cohort.transfer_workshop_on, state));
  }
  for (const goal of goals) {
    steps.push(step('GOAL_SET', goal.set_on, 'DONE', null, goal.key));
    const progress = goalProgress(
      { dueOn: goal.due_on, checkinDates: goal.goal.checkins.map((c) => c.checkedOn) },
      today,
    );
    const state: TimelineStepState =
      progress === 'CHECKED' ? 'DONE' : progress === 'DUE' || progress === 'OVERDUE' ? 'OPEN' : 'UPCOMING';
    steps.push(step('GOAL_DUE', goal.due_on, state, null, goal.key));
  }
  // By date, undated last; within a day in the order of the enum (the programme's order).
  return steps.sort((a, b) => {
    if (a.on === b.on) return TIMELINE_STEP_KINDS.indexOf(a.kind) - TIMELINE_STEP_KINDS.indexOf(b.kind);
    if (a.on === null) return 1;
    if (b.on === null) return -1;
    return a.on < b.on ? -1 : 1;
  });
}
