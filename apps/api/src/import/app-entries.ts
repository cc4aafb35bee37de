import type { EntityName } from '@mintq/schema';
import type { AppEntryTable } from './import.repository.js';
import type { ImportProblem } from './import.types.js';

// One truth with the app (README "Entries made in the app"): coordinators enter goals, check-ins
// and activities in mintq, into the same tables and under the same keys as imported rows. An
// import that would change such a row is refused as a whole, one problem per row, unless it is
// told to overwrite app entries; then it writes them, clears their app marks (the bundle is the
// truth from then on) and records each overwritten row in the entry history.

/** The entities written by key whose rows a coordinator enters or changes in the app. */
export const APP_ENTRY_TABLES: Partial<Record<EntityName, AppEntryTable>> = {
  goals: { entity: 'goal', mark: (t) => `${t}.app_edited_at`, clear: ['app_edited_at'] },
  activities: {
    entity: 'activity',
    mark: (t) => `coalesce(${t}.app_edited_at, ${t}.app_entered_at)`,
    clear: ['app_entered_at', 'app_edited_at'],
  },
};

/** The entities whose rows replace their parent's and may include rows entered in the app (`app_entered_at`). */
export const APP_ENTERED_CHILDREN: ReadonlySet<EntityName> = new Set(['checkins']);

const OVERRIDE = 'Import with "overwrite app entries" (--overwrite-app-entries) to replace';

/** A bundle row that would overwrite a row entered or changed in the app (`on`: DD.MM.YYYY). */
export function appEntryConflict(
  file: string,
  line: number,
  column: string,
  key: string,
  on: string,
): ImportProblem {
  return {
    file,
    line,
    column,
    code: 'app_entry_conflict',
    params: { key, on },
    message: `"${key}" was changed in mintq on ${on} (by a coordinator); the import would overwrite it. ${OVERRIDE} it.`,
  };
}

/** A parent's rows (a goal's check-ins) that would replace rows entered in the app, at the parent's first line. */
export function appChildrenConflict(
  file: string,
  line: number,
  column: string,
  key: string,
  on: string,
): ImportProblem {
  return {
    file,
    line,
    column,
    code: 'app_checkins_conflict',
    params: { key, on },
    message: `the check-ins of "${key}" were entered in mintq (last on ${on}, by a coordinator); the import would overwrite them. ${OVERRIDE} them.`,
  };
}
