import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

export interface PageRequest {
  /** Rows to return; one more is fetched to know whether a next page exists. */
  limit: number;
  /** Return rows with a key after this one (keyset pagination: stable and index-friendly). */
  afterKey: string | null;
}

/** The structural lists analysts browse: networks, initiatives, participants, instruments, waves. */
@Injectable()
export class CatalogRepository extends SqlRepository {
  networksQuery(state: string | null) {
    return this.db
      .selectFrom('networks as n')
      .select([
        'n.key',
        'n.name',
        'n.state_code as state',
        'n.kind',
        (eb) =>
          eb
            .selectFrom('initiatives as i')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('i.network_id', '=', 'n.id')
            .as('initiatives'),
        (eb) =>
          eb
            .selectFrom('participants as p')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('p.network_id', '=', 'n.id')
            .as('participants'),
      ])
      .$if(state !== null, (qb) => qb.where('n.state_code', '=', state as string))
      .orderBy('n.key');
  }

  networks(state: string | null) {
    return this.networksQuery(state).execute();
  }

  initiativesQuery(filter: { network: string | null; state: string | null }, page: PageRequest) {
    return this.db
      .selectFrom('initiatives as i')
      .innerJoin('networks as n', 'n.id', 'i.network_id')
      .select(['i.key', 'i.name', 'i.kind', 'n.key as network', 'n.state_code as state'])
      .$if(filter.network !== null, (qb) => qb.where('n.key', '=', filter.network as string))
      .$if(filter.state !== null, (qb) => qb.where('n.state_code', '=', filter.state as string))
      .$if(page.afterKey !== null, (qb) => qb.where('i.key', '>', page.afterKey as string))
      .orderBy('i.key')
      .limit(page.limit + 1);
  }

  initiatives(filter: { network: string | null; state: string | null }, page: PageRequest) {
    return this.initiativesQuery(filter, page).execute();
  }

  countInitiativesQuery(filter: { network: string | null; state: string | null }) {
    return this.db
      .selectFrom('initiatives as i')
      .innerJoin('networks as n', 'n.id', 'i.network_id')
      .select(sql<number>`count(*)::int`.as('total'))
      .$if(filter.network !== null, (qb) => qb.where('n.key', '=', filter.network as string))
      .$if(filter.state !== null, (qb) => qb.where('n.state_code', '=', filter.state as string));
  }

  async countInitiatives(filter: { network: string | null; state: string | null }) {
    return (await this.countInitiativesQuery(filter).executeTakeFirstOrThrow()).total;
  }

  /**
   * The networks that may stand next to a pseudonymous key: those with at least `k`
   * participants (over all cohorts, as `Network.participants` counts them). When exactly one
   * network has 1 … k−1 participants, the smallest of the others is left out too: otherwise
   * every key without a network would be known to belong to that one small network.
   */
  shownNetworksQuery(k: number) {
    return this.db
      .selectFrom((db) =>
        db
          .selectFrom('networks as n')
          .innerJoin(
            (sizes) =>
              sizes
                .selectFrom('participants')
                .select(['network_id', sql<number>`count(*)::int`.as('size')])
                .groupBy('network_id')
                .as('s'),
            (join) => join.onRef('s.network_id', '=', 'n.id'),
          )
          .select([
            'n.id',
            'n.key',
            'n.state_code as state',
            's.size',
            sql<number>`(count(*) filter (where s.size < ${k}) over ())::int`.as('small'),
            // 1 for the smallest network of k or more participants (ties broken by key).
            sql<number>`row_number() over (order by s.size < ${k}, s.size, n.key)::int`.as('rank'),
          ])
          .as('ranked'),
      )
      .select(['ranked.id', 'ranked.key', 'ranked.state'])
      .where('ranked.size', '>=', k)
      .where((eb) => eb.not(eb.and([eb('ranked.small', '=', 1), eb('ranked.rank', '=', 1)])));
  }

  /**
   * Participants with their enrollments aggregated in the same query (no query per row).
   * Names and e-mails are selected only when `withPersonalData` is set; with `networkK` the
   * network and its state only where {@link shownNetworksQuery} shows it (null otherwise).
   */
  participantsQuery(
    filter: { cohort: string | null; state: string | null },
    page: PageRequest,
    withPersonalData: boolean,
    networkK: number | null = null,
  ) {
    return this.filteredParticipants(filter, networkK)
      .select([
        'p.key',
        'sn.key as network',
        'sn.state as state',
        (eb) =>
          eb
            .selectFrom('enrollments as e')
            .innerJoin('cohorts as c', 'c.id', 'e.cohort_id')
            .select(
              sql<
                Array<{ cohort: string; status: string; certifiedOn: string | null }>
              >`coalesce(json_agg(json_build_object('cohort', c.key, 'status', e.status, 'certifiedOn', e.certified_on) order by c.key), '[]')`.as(
                'list',
              ),
            )
            .whereRef('e.participant_id', '=', 'p.id')
            .as('enrollments'),
      ])
      .$if(withPersonalData, (qb) => qb.select(['p.display_name', 'p.email']))
      .$if(page.afterKey !== null, (qb) => qb.where('p.key', '>', page.afterKey as string))
      .orderBy('p.key')
      .limit(page.limit + 1);
  }

  participants(
    filter: { cohort: string | null; state: string | null },
    page: PageRequest,
    withPersonalData: boolean,
    networkK: number | null = null,
  ) {
    return this.participantsQuery(filter, page, withPersonalData, networkK).execute() as Promise<
      Array<{
        key: string;
        network: string | null;
        state: string | null;
        enrollments: Array<{ cohort: string; status: string; certifiedOn: string | null }> | null;
        display_name?: string | null;
        email?: string | null;
      }>
    >;
  }

  countParticipantsQuery(
    filter: { cohort: string | null; state: string | null },
    networkK: number | null = null,
  ) {
    return this.filteredParticipants(filter, networkK).select(sql<number>`count(*)::int`.as('total'));
  }

  async countParticipants(
    filter: { cohort: string | null; state: string | null },
    networkK: number | null = null,
  ) {
    return (await this.countParticipantsQuery(filter, networkK).executeTakeFirstOrThrow()).total;
  }

  /**
   * Participants that pass the list's filters, joined to their network as `sn` when it may be
   * shown (every network without `networkK`). The state filter goes by the shown state, so it
   * cannot place a key whose network is withheld.
   */
  private filteredParticipants(
    filter: { cohort: string | null; state: string | null },
    networkK: number | null,
  ) {
    const cohort = filter.cohort;
    return this.db
      .with('shown_networks', (db) =>
        networkK === null
          ? db.selectFrom('networks as n').select(['n.id', 'n.key', 'n.state_code as state'])
          : this.shownNetworksQuery(networkK),
      )
      .selectFrom('participants as p')
      .leftJoin('shown_networks as sn', 'sn.id', 'p.network_id')
      .$if(filter.state !== null, (qb) => qb.where('sn.state', '=', filter.state as string))
      .$if(cohort !== null, (qb) =>
        qb.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('enrollments as e')
              .innerJoin('cohorts as c', 'c.id', 'e.cohort_id')
              .select(sql`1`.as('one'))
              .whereRef('e.participant_id', '=', 'p.id')
              .where('c.key', '=', cohort as string),
          ),
        ),
      );
  }

  /** Instruments with their items, aggregated in one query. */
  instrumentsQuery() {
    return this.db
      .selectFrom('instruments as i')
      .select([
        'i.key',
        'i.name',
        'i.kind',
        (eb) =>
          eb
            .selectFrom('items as it')
            .select(
              sql<
                Array<{
                  code: string;
                  dimension: string | null;
                  textDe: string | null;
                  textEn: string | null;
                  scaleMin: number;
                  scaleMax: number;
                  reversed: boolean;
                  role: string;
                }>
              >`coalesce(json_agg(json_build_object('code', it.code, 'dimension', it.dimension, 'textDe', it.text_de, 'textEn', it.text_en, 'scaleMin', it.scale_min, 'scaleMax', it.scale_max, 'reversed', it.reversed, 'role', it.role) order by it.code), '[]')`.as(
                'list',
              ),
            )
            .whereRef('it.instrument_id', '=', 'i.id')
            .as('items'),
      ])
      .orderBy('i.key');
  }

  instruments() {
    return this.instrumentsQuery().execute();
  }

  wavesQuery(filter: { instrument: string | null; cohort: string | null }) {
    return this.db
      .selectFrom('waves as w')
      .innerJoin('instruments as i', 'i.id', 'w.instrument_id')
      .innerJoin('cohorts as c', 'c.id', 'w.cohort_id')
      .select([
        'w.key',
        'i.key as instrument',
        'c.key as cohort',
        'w.wave',
        'w.opens_on as opensOn',
        'w.closes_on as closesOn',
        (eb) =>
          eb
            .selectFrom('responses as r')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('r.wave_id', '=', 'w.id')
            .as('responses'),
      ])
      .$if(filter.instrument !== null, (qb) => qb.where('i.key', '=', filter.instrument as string))
      .$if(filter.cohort !== null, (qb) => qb.where('c.key', '=', filter.cohort as string))
      .orderBy('c.key')
      .orderBy(sql`array_position(array['pre','post','follow_up','event'], w.wave)`)
      .orderBy('w.key');
  }

  waves(filter: { instrument: string | null; cohort: string | null }) {
    return this.wavesQuery(filter).execute();
  }
}
