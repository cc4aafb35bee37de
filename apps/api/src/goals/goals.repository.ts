import type { GoalRow } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';
import { goalLevels } from './goal-levels.js';

/** Goals in SQL: one compact row per in-scope goal with its as-of level. */
@Injectable()
export class GoalsRepository extends SqlRepository {
  goalRowsQuery(scope: ResolvedScope) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('levels', (db) => goalLevels(db, scope))
      .selectFrom('levels')
      .select(['participant_id', 'staircase_level', 'weight', 'due_on', 'level'])
      .select((eb) =>
        eb
          .selectFrom('checkins as c')
          .whereRef('c.goal_id', '=', 'levels.id')
          .where('c.checked_on', '<=', scope.asOf)
          .select(sql<number>`count(*)::int`.as('n'))
          .as('checkins'),
      )
      .orderBy('id');
  }

  async goalRows(scope: ResolvedScope): Promise<GoalRow[]> {
    const rows = await this.goalRowsQuery(scope).execute();
    // Participants are counted by their internal id: no key or name leaves the database.
    return rows.map((r) => ({
      participantKey: String(r.participant_id),
      staircaseLevel: r.staircase_level,
      weight: r.weight,
      dueOn: r.due_on,
      level: r.level,
      checkins: r.checkins ?? 0,
    }));
  }
}
