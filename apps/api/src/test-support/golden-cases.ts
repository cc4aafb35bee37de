import { readFileSync } from 'node:fs';
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
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectGolden((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}
