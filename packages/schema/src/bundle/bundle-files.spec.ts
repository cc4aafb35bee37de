import { describe, expect, it } from 'vitest';
import {
  BUNDLE_SPECS,
  FILE_SPECS,
  fileHeader,
  IMPORTED_TABLES,
  RESPONSE_SPEC,
  sqlTypeOf,
  storedColumn,
} from './bundle-files.js';
import { isBookkeepingColumn, surveyToolOf } from './survey-exports.js';

const column = (entity: keyof typeof BUNDLE_SPECS, name: string) => {
  const found = BUNDLE_SPECS[entity].columns.find((c) => c.name === name);
  if (!found) throw new Error(`${entity}.${name} missing`);
  return found;
};

describe('the bundle spec', () => {
  it('names every file after its entity, a response file after its wave', () => {
    expect(FILE_SPECS.map((s) => s.file)).toEqual(FILE_SPECS.map((s) => `${s.entity}.csv`));
    expect(RESPONSE_SPEC.file).toBe('responses_<wave_key>.csv');
    expect(fileHeader(RESPONSE_SPEC)).toEqual(['response_id', 'participant_key', 'submitted_at']);
  });

  it('stores a reference x_key in x_id, the own key in key, the rest under its heading', () => {
    expect(storedColumn(column('cohorts', 'program_key'))).toBe('program_id');
    expect(storedColumn(column('cohorts', 'cohort_key'))).toBe('key');
    expect(storedColumn(column('items', 'item_code'))).toBe('code');
    expect(storedColumn(column('goals', 'title'))).toBe('title');
    expect(storedColumn(column('activities', 'initiative_keys'))).toBeUndefined();
    expect(sqlTypeOf(column('goals', 'weight'))).toBe('double precision');
    expect(sqlTypeOf(column('goals', 'staircase_level'))).toBe('smallint');
    expect(sqlTypeOf(column('fundings', 'amount_eur'))).toBe('numeric');
  });

  it('derives references and the upsert conflict key from the columns', () => {
    expect(BUNDLE_SPECS.activities.references).toEqual([
      { column: 'participant_key', entity: 'participants' },
      { column: 'initiative_keys', entity: 'initiatives' },
    ]);
    expect(BUNDLE_SPECS.fundings.conflict).toEqual(['funder_id', 'cohort_id', 'state_code']);
    expect(BUNDLE_SPECS.responses.conflict).toEqual(['wave_id', 'response_key']);
    expect(BUNDLE_SPECS.checkins.conflict).toEqual(['goal_id', 'position']);
  });

  it('checks the rules between a row’s columns', () => {
    const [scaleMax, dimension, nps] = BUNDLE_SPECS.items.rules;
    expect(scaleMax?.problem({ scale_min: 5, scale_max: 1 })?.message).toBe(
      'must be greater than scale_min (5)',
    );
    expect(dimension?.problem({ role: null, dimension: null })?.message).toBe(
      'a likert item needs a dimension',
    );
    expect(nps?.problem({ role: 'nps', scale_min: 1, scale_max: 10 })?.message).toBe(
      'an nps item is scaled 0 to 10',
    );
    expect(BUNDLE_SPECS.waves.rules[0]?.problem({ opens_on: '2025-01-02', closes_on: null })).toBeNull();
  });

  it('lists the tables an import writes', () => {
    expect(IMPORTED_TABLES).toEqual([
      ...['programs', 'funders', 'cohorts', 'fundings', 'networks', 'initiatives', 'participants'],
      ...['enrollments', 'instruments', 'items', 'waves', 'responses', 'answers', 'goals', 'checkins'],
      ...['activities', 'activity_initiatives'],
    ]);
  });
});

describe('survey tool exports', () => {
  it('tells the tools apart by their headings', () => {
    expect(surveyToolOf(['CASE', 'SERIAL', 'AB01'])).toBe('sosci');
    expect(surveyToolOf(['id', 'submitdate', 'token'])).toBe('limesurvey');
    expect(surveyToolOf(['response_id', 'id'])).toBeNull();
  });

  it('knows their bookkeeping columns', () => {
    expect(isBookkeepingColumn('limesurvey', 'startlanguage')).toBe(true);
    expect(isBookkeepingColumn('limesurvey', 'token')).toBe(false);
    expect(isBookkeepingColumn('sosci', 'TIME_SUM')).toBe(true);
    expect(isBookkeepingColumn('sosci', 'FINISHED')).toBe(false);
  });
});
