import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import { SqlRepository } from '../database/sql-repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ReachRepository } from './reach.repository.js';

/**
 * The drill-down below `reach.byState`: a state's networks and a network's initiatives, with
 * what the scope's multipliers did there in the period. Counted in SQL, one row per network or
 * initiative; the same multipliers and in-period activities as the cascade.
 */
@Injectable()
export class NetworkReachRepository extends SqlRepository {
  constructor(
    @Inject(DATABASE) database: Database,
    // The cascade's definitions of a multiplier and of an in-period activity, not a copy of them.
    private readonly reach: ReachRepository,
  ) {
    super(database);
  }

  /** The in-period activities of the scope's multipliers, one row per initiative they reached. */
  private withLinks(scope: ResolvedScope) {
    return this.reach
      .withMultipliers(scope)
      .with('links', (db) =>
        this.reach
          .inPeriod(db.selectFrom('activities as a'), scope)
          .innerJoin('activity_initiatives as ai', 'ai.activity_id', 'a.id')
          .select(['ai.initiative_id', 'a.id as activity_id', 'a.participant_id']),
      );
  }

  /** Every network of the state (by name), reached or not. */
  stateNetworksQuery(scope: ResolvedScope, state: string) {
    return this.withLinks(scope)
      .selectFrom('networks as n')
      .leftJoin('initiatives as i', 'i.network_id', 'n.id')
      .leftJoin('links as l', 'l.initiative_id', 'i.id')
      .select([
        'n.key as network',
        'n.name',
        sql<number>`count(distinct i.id)::int`.as('initiatives'),
        sql<number>`count(distinct l.initiative_id)::int`.as('initiativesReached'),
        sql<number>`count(distinct l.participant_id)::int`.as('multipliers'),
        sql<number>`count(distinct l.activity_id)::int`.as('activities'),
      ])
      .where('n.state_code', '=', state)
      .groupBy(['n.id', 'n.key', 'n.name'])
      .orderBy('n.name')
      .orderBy('n.key');
  }

  /** Every initiative of the network (most activities first), reached or not. */
  networkInitiativesQuery(scope: ResolvedScope, network: string) {
    return this.withLinks(scope)
      .selectFrom('initiatives as i')
      .innerJoin('networks as n', 'n.id', 'i.network_id')
      .leftJoin('links as l', 'l.initiative_id', 'i.id')
      .select([
        'i.key as initiative',
        'i.name',
        'i.kind',
        sql<number>`count(distinct l.activity_id)::int`.as('activities'),
        sql<number>`count(distinct l.participant_id)::int`.as('multipliers'),
      ])
      .where('n.key', '=', network)
      .groupBy(['i.id', 'i.key', 'i.name', 'i.kind'])
      .orderBy(sql`count(distinct l.activity_id)`, 'desc')
      .orderBy('i.name')
      .orderBy('i.key');
  }

  /** Whether a network key exists (an unknown one is the caller's error, not an empty list). */
  async hasNetwork(network: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('networks')
      .select('id')
      .where('key', '=', network)
      .executeTakeFirst();
    return row !== undefined;
  }
}
