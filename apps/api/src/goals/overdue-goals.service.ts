import { can } from '@mintq/contract';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { because } from '../errors/mintq-error.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { type OverdueGoalRow, OverdueGoalsRepository } from './overdue-goals.repository.js';

/** The overdue goals of a scope, one row per goal, for those who follow them up. */
@Injectable()
export class OverdueGoalsService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: OverdueGoalsRepository,
  ) {}

  async listOverdueGoals(viewer: Viewer, input: ScopeInput | null | undefined): Promise<OverdueGoalRow[]> {
    if (!can(viewer.role, 'readPseudonymisedRows')) throw notForFunders();
    // A pseudonymous key listed for one state can be tied to a network of fewer than k
    // participants there (docs/privacy.md, analysts): analysts list overdue goals without one.
    if (!can(viewer.role, 'readPersonalData') && input?.states?.length)
      throw new BadUserInputError(
        'analysts list overdue goals without a state filter: a key in a small state would name its network',
        because('OVERDUE_WITHOUT_STATES'),
      );
    // Project leads follow overdue goals up with the coordinator: they get the name and network.
    return this.listForScope(await this.scopes.resolve(viewer, input), can(viewer.role, 'readPersonalData'));
  }

  /**
   * Overdue goals as of the scope's date, sorted by due date, then participant and goal key;
   * names and networks only `withPersonalData`.
   */
  async listForScope(scope: ResolvedScope, withPersonalData: boolean): Promise<OverdueGoalRow[]> {
    // One row is one person: a list cannot be suppressed, so a suppressed (funder) scope gets none.
    if (scope.suppressionK !== null) throw notForFunders();
    return this.repository.overdueGoals(scope, withPersonalData);
  }
}

function notForFunders(): ForbiddenError {
  return new ForbiddenError('the overdue goals list names single participants: not for funder scopes');
}
