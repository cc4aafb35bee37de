import type { TimelineStepKind } from '../../gql/graphql.js';

/** The coordinator's pages (their nav items live in `shell/navItems.ts`). */
export const MY_PARTICIPATION_PATH = '/meine-teilnahme';
export const MY_GOALS_PATH = '/mein-wirkungsziel';
export const MY_ACTIVITIES_PATH = '/transferaktivitaeten';

/** Where a timeline step is done in mintq; null for steps done elsewhere (surveys, the workshop). */
export function stepPath(kind: TimelineStepKind): string | null {
  return kind === 'GOAL_SET' || kind === 'GOAL_DUE' ? MY_GOALS_PATH : null;
}
