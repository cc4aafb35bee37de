import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { fingerprintData } from '../test-support/database-fingerprint.js';
import { copySampleBundle, SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import { openBundleSource } from './bundle-source.js';
import { ImportService } from './import.service.js';

type Read = (file: string) => Promise<string>;
const lines = (text: string) => text.split('\n');

/** Replaces line `n` (1-based) of a file's text. */
function replaceLine(text: string, n: number, edit: (line: string) => string): string {
  const all = lines(text);
  all[n - 1] = edit(all[n - 1] ?? '');
  return all.join('\n');
}

/**
 * Each broken copy of the sample bundle also renames a network, so a partial write would
 * show; every case must be rejected with exactly these errors and leave the data as it was.
 */
const RENAME = async (read: Read) => ({
  'networks.csv': replaceLine(await read('networks.csv'), 2, (l) =>
    l.replace('MINT-Region Ostalb', 'Umbenannt'),
  ),
});

const CASES: Array<{
  name: string;
  edit: (read: Read) => Promise<Record<string, string | null>>;
  errors: string[];
  /** The problems' codes and values, where a case checks them. */
  codes?: Array<{ code: string; params: Record<string, string | number> }>;
}> = [
  {
    name: 'unknown column',
    edit: async (read) => ({
      'initiatives.csv': (await read('initiatives.csv')).replace(
        'initiative_key,network_key,name,kind',
        'initiative_key,network_key,name,kind,region',
      ),
    }),
    errors: ['initiatives.csv:1: region: unknown column (expected initiative_key, network_key, name, kind)'],
  },
  {
    name: 'bad enum',
    edit: async (read) => ({
      'funders.csv': replaceLine(await read('funders.csv'), 3, (l) => l.replace(',operator', ',bank')),
    }),
    errors: [
      'funders.csv:3: kind: invalid value "bank" (expected one of program_funder, foundation, operator)',
    ],
  },
  {
    name: 'dangling key',
    edit: async (read) => ({
      'participants.csv': replaceLine(await read('participants.csv'), 11, (l) =>
        l.replace('mint-ostwestfalen', 'mint-atlantis'),
      ),
    }),
    errors: [
      'participants.csv:11: network_key: unknown network "mint-atlantis" (neither in the bundle nor in the database)',
    ],
  },
  {
    name: 'duplicate key',
    edit: async (read) => {
      const text = await read('goals.csv');
      return { 'goals.csv': `${text.trimEnd()}\n${lines(text)[1]}\n` };
    },
    errors: ['goals.csv:97: goal_key: duplicate key "G0001" (first on line 2)'],
  },
  {
    name: 'value out of range',
    edit: async (read) => ({
      'checkins.csv': replaceLine(await read('checkins.csv'), 2, (l) => l.replace(',-1,', ',3,')),
    }),
    errors: ['checkins.csv:2: gas_level: 3 is above the maximum 2'],
    codes: [{ code: 'above_max', params: { value: 3, max: 2 } }],
  },
  {
    name: 'bad date',
    edit: async (read) => ({
      'goals.csv': replaceLine(await read('goals.csv'), 3, (l) => l.replace('2024-05-22', '2024-13-22')),
    }),
    errors: ['goals.csv:3: set_on: invalid date "2024-13-22" (expected YYYY-MM-DD)'],
    codes: [{ code: 'invalid_date', params: { value: '2024-13-22' } }],
  },
  {
    name: 'wrong delimiter mix',
    edit: async (read) => ({
      'enrollments.csv': replaceLine(await read('enrollments.csv'), 5, (l) => l.replaceAll(',', ';')),
    }),
    errors: [
      'enrollments.csv:5: -: expected 5 fields separated by ",", found 1: this row is separated by ";"',
    ],
  },
  {
    name: 'truncated file',
    edit: async (read) => {
      const text = await read('activities.csv');
      return { 'activities.csv': text.slice(0, text.indexOf('\n', text.length / 2) + 20) };
    },
    errors: ['activities.csv:102: -: expected 8 fields separated by ";", found 3 (truncated row?)'],
  },
  {
    name: 'truncated inside a quoted field',
    edit: async (read) => ({
      'programs.csv': `${(await read('programs.csv')).trimEnd()}\nmint-x,"MINT-Programm`,
    }),
    errors: ['programs.csv:3: -: a quoted field is not closed before the end of the file (truncated file?)'],
  },
  {
    name: 'answer outside the item scale and an unknown item column',
    edit: async (read) => ({
      'responses_sa-2024-25-pre.csv': replaceLine(await read('responses_sa-2024-25-pre.csv'), 3, (l) =>
        l.replace(',2,2,2,4,', ',2,9,2,4,'),
      ),
      'responses_tw-2024-25.csv': (await read('responses_tw-2024-25.csv')).replace('ZUF1,NPS', 'ZUF1,NPS2'),
    }),
    errors: [
      "responses_sa-2024-25-pre.csv:3: QS02: answer 9 outside the item's scale 1…5",
      'responses_tw-2024-25.csv:1: NPS2: unknown column: no item "NPS2" in instrument "transfer-feedback"',
    ],
  },
  {
    name: 'a completed enrollment without certified_on, and a goal outside its enrollment',
    edit: async (read) => ({
      'enrollments.csv': replaceLine(await read('enrollments.csv'), 3, (l) =>
        l.replace(',2024-05-23,', ',,'),
      ),
      'goals.csv': replaceLine(await read('goals.csv'), 2, (l) =>
        l.replace('G0001,P0002,2023-24', 'G0001,P0002,2024-25'),
      ),
    }),
    errors: [
      'enrollments.csv:3: certified_on: a completed enrollment needs certified_on',
      'goals.csv:2: cohort_key: participant "P0002" is not enrolled in cohort "2024-25"',
    ],
  },
  {
    name: 'an unknown participant in a LimeSurvey export, named by its own column',
    edit: async (read) => ({
      'responses_sa-2023-24-pre.csv': replaceLine(await read('responses_sa-2023-24-pre.csv'), 2, (l) =>
        l.replace(',P0001,', ',P9999,'),
      ),
    }),
    errors: [
      'responses_sa-2023-24-pre.csv:2: token: unknown participant "P9999" (neither in the bundle nor in the database)',
    ],
  },
  {
    name: 'a file that is no CSV (a spreadsheet would otherwise be passed over, its data lost)',
    edit: async () => ({ 'goals.xlsx': 'PK\u0003\u0004' }),
    errors: ['goals.xlsx:0: -: unknown file: a bundle holds .csv files only (import-bundle.md)'],
  },
  {
    name: 'an unknown file',
    edit: async () => ({ 'teilnehmer.csv': 'participant_key\nP0001\n' }),
    errors: [
      'teilnehmer.csv:0: -: unknown file (expected programs.csv, funders.csv, cohorts.csv, fundings.csv, networks.csv, initiatives.csv, participants.csv, enrollments.csv, instruments.csv, items.csv, waves.csv, goals.csv, checkins.csv, activities.csv or responses_<wave_key>.csv)',
    ],
  },
];

describe.each(testDatabases())('rejected bundles on $kind', ({ create }) => {
  let database: Database;
  let service: ImportService;
  let imported: Record<string, string>;
  beforeAll(async () => {
    database = await create();
    service = new ImportService(database.db);
    const source = await openBundleSource(SAMPLE_BUNDLE);
    expect((await service.importBundle(source)).ok).toBe(true);
    imported = await fingerprintData(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each(CASES)(
    '$name: reported as file:line: column and nothing written',
    async ({ edit, errors, codes }) => {
      const bundle = await copySampleBundle(async (read) => ({
        ...(await RENAME(read)),
        ...(await edit(read)),
      }));
      try {
        for (const dryRun of [true, false]) {
          const source = await openBundleSource(bundle.dir);
          const report = await service.importBundle(source, { dryRun });
          expect(report.errors).toEqual(errors);
          // Every problem also has a stable code with its values, for the dashboard to word.
          for (const p of report.problems) expect(p.code).toMatch(/^[a-z0-9_]+$/);
          if (codes) expect(report.problems.map(({ code, params }) => ({ code, params }))).toEqual(codes);
          expect(report.ok).toBe(false);
          expect(await fingerprintData(database.db)).toEqual(imported);
        }
        const batch = await database.db
          .selectFrom('import_batches')
          .select(['outcome', 'errors'])
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        expect(batch).toEqual({ outcome: 'rejected', errors });
      } finally {
        await bundle.remove();
      }
    },
  );

  it('reports every problem at once, not just the first', async () => {
    const bundle = await copySampleBundle(async (read) => {
      const all: Record<string, string> = {};
      const distinctFiles = [
        'bad enum',
        'dangling key',
        'value out of range',
        'bad date',
        'wrong delimiter mix',
        'truncated file',
      ];
      for (const c of CASES.filter((c) => distinctFiles.includes(c.name)))
        Object.assign(all, await c.edit(read));
      return all;
    });
    try {
      const report = await service.importBundle(await openBundleSource(bundle.dir));
      expect(report.errors).toHaveLength(6);
    } finally {
      await bundle.remove();
    }
  });
});
