/** The programme's funders and their funding lines per cohort (funders.csv, fundings.csv). */
import type { FunderKind } from '@mintq/schema';
import type { CohortPlan } from './cohorts.js';
import type { EntityRow } from './csv-text.js';

const FUNDERS: readonly (readonly [key: string, name: string, kind: FunderKind])[] = [
  ['aqtivator', 'aqtivator gGmbH', 'program_funder'],
  ['koerber', 'Körber-Stiftung', 'operator'],
  ['telekom-stiftung', 'Deutsche Telekom Stiftung', 'foundation'],
  ['joachim-herz', 'Joachim Herz Stiftung', 'foundation'],
  ['siemens-stiftung', 'Siemens Stiftung', 'foundation'],
  ['stifterverband', 'Stifterverband', 'foundation'],
  ['kinder-forschen', 'Stiftung Kinder forschen', 'foundation'],
];

/** Funding lines of one cohort: funder, state (or null for the whole cohort), amount. */
function fundingLines(startYear: number): [string, string | null, number][] {
  const lines: [string, string | null, number][] = [];
  lines.push(['aqtivator', null, Math.min(260_000, 180_000 + 20_000 * Math.max(0, startYear - 2020))]);
  lines.push(['koerber', null, 80_000]);
  // Deutsche Telekom Stiftung (Bonn): first only networks in NRW, later the whole cohort.
  lines.push(startYear < 2022 ? ['telekom-stiftung', 'DE-NW', 30_000] : ['telekom-stiftung', null, 40_000]);
  // Joachim Herz Stiftung (Hamburg): first Hamburg, from 2023/24 the whole cohort.
  lines.push(startYear < 2023 ? ['joachim-herz', 'DE-HH', 25_000] : ['joachim-herz', null, 50_000]);
  // Siemens Stiftung (München): Bavarian networks; from 2025/26 also an open line.
  lines.push(['siemens-stiftung', 'DE-BY', 30_000]);
  if (startYear >= 2025) lines.push(['siemens-stiftung', null, 20_000]);
  if (startYear >= 2021) lines.push(['stifterverband', null, 40_000]);
  // Stiftung Kinder forschen (Berlin): Berlin and Brandenburg networks.
  if (startYear >= 2024) {
    lines.push(['kinder-forschen', 'DE-BB', 10_000]);
    lines.push(['kinder-forschen', 'DE-BE', 10_000]);
  }
  return lines;
}

export function funderRows(): EntityRow<'funders'>[] {
  return FUNDERS.map(([key, name, kind]) => ({ funder_key: key, name, kind }));
}

/** Every funder's lines, cohort by cohort. */
export function fundingRows(cohorts: readonly CohortPlan[]): EntityRow<'fundings'>[] {
  return FUNDERS.flatMap(([funder]) =>
    cohorts.flatMap((c) =>
      fundingLines(Number(c.startsOn.slice(0, 4)))
        .filter(([f]) => f === funder)
        .map(([f, state, amount]) => ({
          funder_key: f,
          cohort_key: c.key,
          state_code: state,
          amount_eur: amount,
        })),
    ),
  );
}
