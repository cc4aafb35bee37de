import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { translate } from '../src/i18n/translate.js';
import { readTable, seriousAxeViolations } from './support/dashboardBrowser.js';
import { loginToken, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// The import page and entries made in the app: a bundle that would change a coordinator's goal
// is refused with the row named; "App-Einträge überschreiben" then imports it, and the
// overwrite shows in the entry history.
const ADMIN = 'admin@mintq.example';
const COORDINATOR = 'koordination.gesetzt@mintq.example';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mintq-e2e-conflict-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const run = setUpMintqRun();
const admin = setUpSignedIn(run, ADMIN, { viewport: { width: 390, height: 844 } });

interface CoordinatorGoal {
  participantKey: string;
  key: string;
  cohortKey: string;
  title: string;
  staircaseLevel: number;
  setOn: string;
  dueOn: string;
  version: number;
}

/** The demo coordinator's goal (set and changed in the app), as they see it. */
async function coordinatorGoal(): Promise<CoordinatorGoal> {
  const token = await loginToken(run.server.baseUrl, COORDINATOR);
  const data = await queryGraphql<{
    myParticipation: { participantKey: string };
    myGoals: Omit<CoordinatorGoal, 'participantKey'>[];
  }>(
    run.server.baseUrl,
    token,
    '{ myParticipation { participantKey } myGoals { key cohortKey title staircaseLevel setOn dueOn version } }',
  );
  const goal = data.myGoals[0];
  if (!goal) throw new Error(`${COORDINATOR} has no goal in the demo`);
  return { participantKey: data.myParticipation.participantKey, ...goal };
}

describe('Datenimport and entries made in the app', () => {
  it('refuses to overwrite a coordinator’s goal until "App-Einträge überschreiben" is chosen', async () => {
    const { page, errors } = admin.session;
    const goal = await coordinatorGoal();
    const newTitle = `${goal.title} (aus dem Bündel)`;
    const goalsCsv = join(scratch, 'goals.csv');
    writeFileSync(
      goalsCsv,
      [
        'goal_key,participant_key,cohort_key,title,staircase_level,set_on,due_on',
        [
          goal.key,
          goal.participantKey,
          goal.cohortKey,
          newTitle,
          goal.staircaseLevel,
          goal.setOn,
          goal.dueOn,
        ].join(','),
        '',
      ].join('\n'),
    );

    await page.goto(`${run.server.baseUrl}/datenimport`);
    await page.getByRole('heading', { level: 1, name: de['imports.title'] }).waitFor();
    expect(await page.getByTestId('import-overwrite').count()).toBe(0);
    await page.getByTestId('import-files').setInputFiles(goalsCsv);
    await page.getByRole('button', { name: de['imports.check'] }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const shown = (await readTable(problems.locator('table'))).map((row) => [
      row[de['imports.file']]?.text,
      row[de['imports.line']]?.text,
      row[de['imports.column']]?.text,
      row[de['imports.message']]?.text ?? '',
    ]);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.slice(0, 3)).toEqual(['goals.csv', '2', 'goal_key']);
    expect(shown[0]?.[3]).toMatch(
      new RegExp(
        `^${translate(de, 'imports.problem.app_entry_conflict', { key: goal.key, on: 'DAY' })
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace('DAY', '\\d\\d\\.\\d\\d\\.\\d{4}')}$`,
      ),
    );
    expect(await page.getByRole('button', { name: de['imports.confirm'] }).count()).toBe(0);
    // At phone width, with the option offered: nothing serious for axe.
    const overwrite = page.getByTestId('import-overwrite');
    await overwrite.waitFor();
    expect(await overwrite.isChecked()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(de['imports.overwriteAppEntries']).check();
    await page.getByRole('button', { name: de['imports.check'] }).click();
    await page.getByText(de['imports.dryRunOk']).waitFor({ timeout: 60_000 });
    expect((await coordinatorGoal()).title).toBe(goal.title);
    await page.getByRole('button', { name: de['imports.confirm'] }).click();
    await page.getByText(de['imports.doneOk'].split(' {')[0] ?? '').waitFor({ timeout: 60_000 });

    const after = await coordinatorGoal();
    expect(after.title).toBe(newTitle);
    expect(after.version).toBe(goal.version + 1);
    const history = await queryGraphql<{
      entryHistory: { entries: { source: string; entity: string; entityKey: string; actor: string }[] };
    }>(
      run.server.baseUrl,
      admin.token,
      `{ entryHistory(participantKey: "${goal.participantKey}") { entries { source entity entityKey actor } } }`,
    );
    expect(history.entryHistory.entries[0]).toMatchObject({
      source: 'IMPORT',
      entity: 'GOAL',
      entityKey: goal.key,
    });
    expect(history.entryHistory.entries[0]?.actor).toMatch(/^import:\d+$/);
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
  });
});
