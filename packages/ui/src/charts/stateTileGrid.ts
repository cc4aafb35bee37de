/**
 * Where each of the 16 German states sits in the tile map: column and row of a 4 × 5 grid,
 * roughly geographic (Schleswig-Holstein top left of Mecklenburg-Vorpommern, Bavaria bottom).
 * Sorted by ISO 3166-2 code, like the API's `Reach.byState`.
 */
export const stateTileGrid: readonly { code: string; col: number; row: number }[] = [
  { code: 'DE-BB', col: 3, row: 1 },
  { code: 'DE-BE', col: 2, row: 1 },
  { code: 'DE-BW', col: 1, row: 4 },
  { code: 'DE-BY', col: 2, row: 4 },
  { code: 'DE-HB', col: 0, row: 1 },
  { code: 'DE-HE', col: 1, row: 3 },
  { code: 'DE-HH', col: 1, row: 1 },
  { code: 'DE-MV', col: 2, row: 0 },
  { code: 'DE-NI', col: 1, row: 2 },
  { code: 'DE-NW', col: 0, row: 2 },
  { code: 'DE-RP', col: 0, row: 3 },
  { code: 'DE-SH', col: 1, row: 0 },
  { code: 'DE-SL', col: 0, row: 4 },
  { code: 'DE-SN', col: 3, row: 2 },
  { code: 'DE-ST', col: 2, row: 2 },
  { code: 'DE-TH', col: 2, row: 3 },
];
