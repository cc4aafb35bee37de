import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { erasePerson } from '../persons/erase-person.js';
import { COMMAND_LINE } from '../persons/person-data-actor.js';
import {
  countRows,
  exportPerson,
  formatPersonExport,
  type PersonExport,
  type PersonRowCounts,
  readPersonExport,
} from '../persons/person-export.js';
import type { WithDatabase } from './backup-commands.js';

const USAGE = 'pnpm mintq person export <key> | pnpm mintq person erase <key> [--yes]';

const many = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

/** The rows as a sentence, for the confirmation and the result. */
export function describeRows(rows: PersonRowCounts): string {
  return [
    many(rows.participants, 'roster row', 'roster rows'),
    many(rows.enrollments, 'enrollment', 'enrollments'),
    `${many(rows.responses, 'survey response', 'survey responses')} with ${many(rows.answers, 'answer', 'answers')}`,
    `${many(rows.goals, 'goal', 'goals')} with ${many(rows.checkins, 'check-in', 'check-ins')}`,
    `${many(rows.activities, 'activity', 'activities')} reaching ${many(rows.activity_initiatives, 'initiative', 'initiatives')}`,
  ].join(', ');
}

function describePerson(person: PersonExport): string {
  const { key, displayName, network } = person.participant;
  return `${key} (${displayName ?? 'no name'}, ${network.name})`;
}

/** Asks on the terminal; erasing cannot be undone, so the key must be typed, not just "y". */
async function confirmOnTerminal(person: PersonExport): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    console.log(`This erases ${describePerson(person)} for good: ${describeRows(countRows(person))}.`);
    const answer = await terminal.question(`Type the key ${person.participant.key} to erase: `);
    return answer.trim() === person.participant.key;
  } finally {
    terminal.close();
  }
}

/**
 * `mintq person export <key>` prints everything mintq holds about a participant as JSON (GDPR
 * Art. 15); `mintq person erase <key> [--yes]` erases them (Art. 17), after typing the key on a
 * terminal, or at once with --yes (scripts: there is nobody to ask).
 */
export async function commandPerson(args: string[], withDatabase: WithDatabase): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { yes: { type: 'boolean', default: false } },
  });
  const key = positionals[0];
  if (
    (sub !== 'export' && sub !== 'erase') ||
    !key ||
    positionals.length > 1 ||
    (sub === 'export' && values.yes)
  ) {
    console.error(`Usage: ${USAGE}`);
    return 2;
  }
  if (sub === 'export')
    return withDatabase(async ({ db }) => {
      console.log(formatPersonExport(await exportPerson(db, key, COMMAND_LINE)));
      return 0;
    });
  return withDatabase(async ({ db }) => {
    const person = await readPersonExport(db, key);
    if (!values.yes) {
      if (!process.stdin.isTTY) {
        console.error(`Nothing was erased: confirm with --yes (there is no terminal to ask on).`);
        return 1;
      }
      if (!(await confirmOnTerminal(person))) {
        console.error('Nothing was erased: the key typed was not the one to erase.');
        return 1;
      }
    }
    const erasure = await erasePerson(db, key, COMMAND_LINE);
    console.log(`Erased ${describePerson(person)}: ${describeRows(erasure.removed)}.`);
    console.log(
      `Recorded as erasure ${erasure.erasureId}, with import batch ${erasure.importBatchId}: funder figures are built again from the data without them.`,
    );
    return 0;
  });
}
