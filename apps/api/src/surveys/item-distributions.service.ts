import { toStoredWave, type WaveKind } from '@mintq/contract';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { ItemDistributionsRepository, type ItemTallyRow } from './item-distributions.repository.js';
import { unknownInstrument } from './surveys.service.js';

/** Item wording languages; German first. */
export type ItemLanguage = 'de' | 'en';

/** One value of an item's scale; `people` (distinct participants) drives suppression and is not exposed. */
export interface AnswerCount {
  value: number;
  count: number | null;
  people: number;
  suppressed: boolean;
}

/** The answers to one item in one wave, before and after funder suppression. */
export interface ItemDistribution {
  item: string;
  dimension: string | null;
  text: string | null;
  scaleMin: number;
  scaleMax: number;
  reversed: boolean;
  n: number | null;
  people: number;
  counts: AnswerCount[];
  suppressed: boolean;
}

/**
 * Answer distributions per item for the dashboard's diverging stacked bars: exact for every
 * role; a funder user's come from its release, where each item and each answer value is an
 * object of its own (docs/privacy.md).
 */
@Injectable()
export class ItemDistributionsService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: ItemDistributionsRepository,
    private readonly releases: FunderReleases,
  ) {
    releases.provide('surveyItemDistributions', (scope, instrument, wave, language) =>
      this.computeForScope(scope, instrument, wave, language),
    );
  }

  async getItemDistributions(
    viewer: Viewer,
    instrument: string,
    wave: WaveKind,
    input: ScopeInput | null | undefined,
    language: string,
  ): Promise<ItemDistribution[]> {
    if (language !== 'de' && language !== 'en') throw new BadUserInputError('language must be de or en');
    const scope = await this.scopes.resolve(viewer, input);
    return scope.release
      ? this.releases.surveyItemDistributions(scope.release, instrument, wave, language)
      : this.computeForScope(scope, instrument, wave, language);
  }

  /** Exact distributions for a resolved scope (a release is built from these). */
  async computeForScope(
    scope: ResolvedScope,
    instrument: string,
    wave: WaveKind,
    language: ItemLanguage,
  ): Promise<ItemDistribution[]> {
    const rows = await this.repository.tallies(scope, instrument, toStoredWave(wave));
    if (rows.length === 0) throw unknownInstrument(instrument);
    return toDistributions(rows, language);
  }
}

/** Folds the tally rows (sorted by item, total row first) into one distribution per item. */
function toDistributions(rows: readonly ItemTallyRow[], language: ItemLanguage): ItemDistribution[] {
  const items = new Map<string, ItemDistribution & { answered: Map<number, AnswerCount> }>();
  for (const row of rows) {
    if (row.item === null || row.scale_min === null || row.scale_max === null) continue;
    let item = items.get(row.item);
    if (!item) {
      item = {
        item: row.item,
        dimension: row.dimension,
        text: language === 'en' ? (row.text_en ?? row.text_de) : (row.text_de ?? row.text_en),
        scaleMin: row.scale_min,
        scaleMax: row.scale_max,
        reversed: row.reversed ?? false,
        n: 0,
        people: 0,
        counts: [],
        suppressed: false,
        answered: new Map(),
      };
      items.set(row.item, item);
    }
    if (row.responses === null) continue;
    if (row.value === null) {
      item.n = row.responses;
      item.people = row.people ?? 0;
    } else {
      item.answered.set(row.value, {
        value: row.value,
        count: row.responses,
        people: row.people ?? 0,
        suppressed: false,
      });
    }
  }
  return [...items.values()].map(({ answered, ...item }) => {
    // Every value of the scale, answered or not, so bars line up; a stored value outside the
    // scale (the scale was narrowed after answers came in) is kept rather than dropped.
    const values = new Set<number>(answered.keys());
    for (let v = item.scaleMin; v <= item.scaleMax; v++) values.add(v);
    const counts = [...values]
      .sort((a, b) => a - b)
      .map((value) => answered.get(value) ?? { value, count: 0, people: 0, suppressed: false });
    return { ...item, counts };
  });
}
