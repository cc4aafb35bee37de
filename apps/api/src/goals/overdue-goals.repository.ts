import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';
import { goalLevels } from './goal-levels.js';

/**
 * One overdue goal as the list shows it: keys, never internal ids; the coordinator's name and
 * network only where the viewer may read personal data (otherwise null).
 */
export interface OverdueGoalRow {
  goal: string;
  participant: string;
  displayName: string | null;
  network: string | null;
  cohort: string;
  dueOn: string;
  level: number | null;
  lastCheckinOn: string | null;
}

/** Overdue goals in SQL, on the same `scoped` and `levels` pieces as goal attainment. */
@Injectable()
export class OverdueGoalsRepository extends SqlRepository {
  overdueGoalsQuery(scope: ResolvedScope, withPersonalData: boolean) {
    return (
      this.db
        .with('scoped', () => scopedEnrollments(this.db, scope))
        .with('levels', (db) => goalLevels(db, scope))
        .selectFrom('levels as l')
        // goalLevels carries no keys; joining back by id keeps it the one definition of a level.
        .innerJoin('goals as g', 'g.id', 'l.id')
        .innerJoin('participants as p', 'p.id', 'l.participant_id')
        .innerJoin('cohorts as c', 'c.id', 'l.cohort_id')
        .innerJoin('networks as n', 'n.id', 'p.network_id')
        .select((eb) => [
          'g.key as goal',
          'p.key as participant',
          // Names never leave the database for those who may not read them.
          withPersonalData ? 'p.display_name as displayName' : sql<null>`null`.as('displayName'),
          withPersonalData ? 'n.name as network' : sql<null>`null`.as('network'),
          'c.key as cohort',
          'l.due_on as dueOn',
          'l.staircase_level as level',
          eb
            .selectFrom('checkins as ch')
            .select((sub) => sub.fn.max('ch.checked_on').as('last'))
            .whereRef('ch.goal_id', '=', 'l.id')
            .as('lastCheckinOn'),
        ])
        // DOMAIN.md "overdue": no check-in as of asOf (no level) and due before asOf.
        .where('l.level', 'is', null)
        .where('l.due_on', '<', scope.asOf)
        .orderBy('l.due_on')
        .orderBy('p.key')
        .orderBy('g.key')
    );
  }

  async overdueGoals(scope: ResolvedScope, withPersonalData: boolean): Promise<OverdueGoalRow[]> {
    const rows = await this.overdueGoalsQuery(scope, withPersonalData).execute();
    return rows.map((r) => ({
      goal: r.goal,
      participant: r.participant,
      displayName: r.displayName ?? null,
      network: r.network ?? null,
      cohort: r.cohort,
      dueOn: r.dueOn,
      level: r.level,
      lastCheckinOn: r.lastCheckinOn ?? null,
    }));
  }
}
