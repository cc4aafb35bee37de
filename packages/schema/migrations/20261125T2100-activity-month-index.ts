import { type Kysely, sql } from 'kysely';

// Frozen in time: an index for reach's monthly multipliers, as of 2026-11-25; imports nothing
// from the app.
//
// Funder reach counts distinct multipliers per month (small-number suppression reads them).
// Over 200 000 activities that grouping took ~300 ms on a 2-core machine; read in the order of
// this index (month, then multiplier, the date included for the period filter, no table visits)
// it takes ~110 ms. One more index on activities adds little to an import: answers, not
// activities, are the bulk of a bundle.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index activities_month_participant on activities (occurred_month, participant_id) include (occurred_on)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index activities_month_participant`.execute(db);
}
