import { readFileSync } from 'node:fs';
import { HIDDEN_COUNT_KEYS } from '@mintq/contract';
import { expect } from 'vitest';
import type { Role, Viewer } from '../auth/viewer.js';
import { SAMPLE_EXPECTED } from './sample-bundle.js';

/** One case of ../shared/sample/expected.json. */
export interface GoldenCase {
  name: string;
  query: 'reach' | 'cohortFunnel' | 'goalAttainment' | 'surveyOutcomes' | 'eventFeedback';
  role: Role;
  funder?: string;
  scope: { cohorts?: string[]; states?: string[]; funder?: string; from?: string; to?: string };
  args?: {
    instrument: string;
    from?: 'PRE' | 'POST' | 'FOLLOW_UP' | 'EVENT';
    to?: 'PRE' | 'POST' | 'FOLLOW_UP' | 'EVENT';
  };
  expected: unknown;
}

export const GOLDEN_CASES = JSON.parse(readFileSync(SAMPLE_EXPECTED, 'utf8')) as GoldenCase[];

/** A viewer of the case's role; funder ids are looked up by the caller. */
export function goldenViewer(golden: GoldenCase, funderId: number | null): Viewer {
  return {
    userId: 0,
    email: `${golden.role.toLowerCase()}@test.example`,
    role: golden.role,
    funderId,
    funderKey: golden.funder ?? null,
  };
}

/** Drops what the contract does not show (`people`, α's response counts) before comparing. */
export function toContractShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toContractShape);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key]) =>
            key !== 'people' && key !== 'alphaFromResponses' && key !== 'alphaToResponses' && key !== 'se',
        )
        .map(([key, v]) => [key, toContractShape(v)]),
    );
  }
  return value;
}

/** Deep equality with floats compared to 1e-9 relative (exact for everything else). */
export function expectGolden(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected)) {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is a list`).toBe(true);
    expect((actual as unknown[]).length, `${path} length`).toBe(expected.length);
    for (const [i, item] of expected.entries()) expectGolden((actual as unknown[])[i], item, `${path}[${i}]`);
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true);
    // Every key of the golden answer, and no hidden count; fields mintq added since (such as
    // goal attainment's `checkins`) are checked by their own tests.
    const keys = Object.keys(actual as object);
    expect(
      Object.keys(expected).filter((key) => !keys.includes(key)),
      `${path} keys of the golden answer`,
    ).toEqual([]);
    expect(
      keys.filter((key) => (HIDDEN_COUNT_KEYS as readonly string[]).includes(key)),
      `${path} hidden counts`,
    ).toEqual([]);
    for (const [key, value] of Object.entries(expected))
      expectGolden((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

/**
 * The question of a FUNDER case inside the funder's query space: expected.json's funder cases
 * ask "as of 2026-11-01", which a funder now asks as "since the start" (the sample's data end
 * in mid-2026, so every as-of date from 2026-11-01 on gives the same numbers).
 */
export function goldenScope(golden: GoldenCase): GoldenCase['scope'] {
  if (golden.role !== 'FUNDER') return golden.scope;
  const { to: _to, from: _from, ...rest } = golden.scope;
  return rest;
}

/** An answer against its case: exactly for every role but FUNDER, whose shown values must match. */
export function expectGoldenCase(golden: GoldenCase, actual: unknown): void {
  if (golden.role === 'FUNDER') expectShownGolden(toContractShape(actual), golden.expected);
  else expectGolden(toContractShape(actual), golden.expected);
}

/**
 * A funder's answer against expected.json's former per-answer suppression: a value it shows
 * must equal the expected one (suppression may now hide more, never change a number); a
 * monthly series may list more months (months without activities, as 0).
 */
export function expectShownGolden(actual: unknown, expected: unknown, path = '$'): void {
  if (actual === null) return;
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is a list`).toBe(true);
    const list = actual as Record<string, unknown>[];
    const isMonths = expected.length > 0 && typeof (expected[0] as { month?: unknown }).month === 'string';
    if (!isMonths) {
      expect(list.length, `${path} length`).toBe(expected.length);
      for (const [i, item] of expected.entries()) expectShownGolden(list[i], item, `${path}[${i}]`);
      return;
    }
    const expectedMonths = new Map(expected.map((m) => [(m as { month: string }).month, m]));
    for (const month of list) {
      const match = expectedMonths.get(month.month as string);
      if (match) expectShownGolden(month, match, `${path}[${month.month}]`);
      else if (month.activities !== null)
        expect(month.activities, `${path}[${month.month}] added month`).toBe(0);
    }
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) {
      if (key === 'suppressed') continue;
      expectShownGolden((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
    return;
  }
  if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected)) {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected)),
    );
    return;
  }
  // A value the former rules hid (null) may be shown now only if it is a number both agree on
  // with the exact answer, which the funder-privacy tests check; here it must not contradict.
  if (expected === null) return;
  expect(actual, path).toEqual(expected);
}
