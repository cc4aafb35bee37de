import { describe, expect, it } from 'vitest';
import { checkBundle, countBundleAnswers, parseCsv } from '../test-support/bundle-check.js';
import { BENCH_TODAY, generateBenchBundle } from './generate-bench-bundle.js';

const rowCount = (files: Map<string, string>, name: string) => parseCsv(files.get(name) ?? '').rows.length;

describe('generateBenchBundle', () => {
  it('builds a small valid bundle reaching its targets, deterministically', () => {
    const options = { participants: 400, answersTarget: 30_000, activities: 900, seed: 3 };
    const files = generateBenchBundle(options);
    expect(checkBundle(files, BENCH_TODAY)).toEqual([]);
    expect(rowCount(files, 'participants.csv')).toBeGreaterThanOrEqual(400);
    expect(countBundleAnswers(files)).toBeGreaterThanOrEqual(30_000);
    expect(rowCount(files, 'activities.csv')).toBe(900);
    expect(generateBenchBundle(options)).toEqual(files);
    expect(generateBenchBundle({ ...options, seed: 4 }).get('responses_sa-2020-21-pre.csv')).not.toBe(
      files.get('responses_sa-2020-21-pre.csv'),
    );
  });

  it('tops up with resubmissions when the items alone do not reach the target', () => {
    const files = generateBenchBundle({ participants: 50, answersTarget: 2_000 });
    expect(checkBundle(files, BENCH_TODAY)).toEqual([]);
    expect(countBundleAnswers(files)).toBeGreaterThanOrEqual(2_000);
  });

  // How fast it generates is for `pnpm bench:import` to show, not for a timed test.
  it('generates a valid bundle of 5 000 participants and 500 000 answers', () => {
    const files = generateBenchBundle({ participants: 5_000, answersTarget: 500_000 });
    expect(rowCount(files, 'participants.csv')).toBeGreaterThanOrEqual(5_000);
    expect(countBundleAnswers(files)).toBeGreaterThanOrEqual(500_000);
    expect(rowCount(files, 'cohorts.csv')).toBeGreaterThanOrEqual(6);
    expect(checkBundle(files, BENCH_TODAY)).toEqual([]);
  }, 60_000);
});
