import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import type { ReleaseLocation } from '../releases/release-space.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import {
  CohortHeadlinesRepository,
  GOAL_HEADLINES,
  headlinesOf,
  REACH_HEADLINES,
} from './cohort-headlines.repository.js';
import type { CohortHeadlinesType } from './cohort-headlines.types.js';

/** The overview's headline numbers side by side, one entry per in-scope cohort (sorted by key). */
@Injectable()
export class CohortHeadlinesService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: CohortHeadlinesRepository,
    private readonly releases: FunderReleases,
  ) {}

  async byCohort(viewer: Viewer, input: ScopeInput | null | undefined): Promise<CohortHeadlinesType[]> {
    const scope = await this.scopes.resolve(viewer, input);
    const release = scope.release;
    if (release)
      return Promise.all(scope.cohortKeys.map((cohort) => this.fromRelease({ ...release, cohort })));
    const { reach, goals } = await this.repository.headlines(scope);
    const goalsOf = new Map(goals.map(({ cohort, ...row }) => [cohort, row]));
    return reach.map(({ cohort, ...row }) => {
      const goal = goalsOf.get(cohort);
      if (!goal) throw new Error(`cohort ${cohort} has reach but no goal figures`);
      return { cohort, reach: { ...row, suppressed: false }, goals: { ...goal, suppressed: false } };
    });
  }

  /**
   * A funder's figures for one cohort: the release's answer for that cohort, the very cells a
   * filter on it shows, so side by side reveals nothing the single views do not.
   */
  private async fromRelease(location: ReleaseLocation & { cohort: string }): Promise<CohortHeadlinesType> {
    const [reach, goals] = await Promise.all([
      this.releases.reach(location),
      this.releases.goalAttainment(location),
    ]);
    return {
      cohort: location.cohort,
      reach: headlinesOf(reach, REACH_HEADLINES),
      goals: headlinesOf(goals, GOAL_HEADLINES),
    };
  }
}
