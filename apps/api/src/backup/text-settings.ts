import type { DB } from '@mintq/schema';
import { sql, type Transaction } from 'kysely';

/**
 * Fixes the settings that shape values' text forms for the rest of a transaction, so one
 * value has one text in every backup, whatever the server's or session's defaults: instants in
 * UTC with their offset, ISO dates, bytea as hex, floats with their shortest exact digits.
 * The restore sets the same, so it reads what the backup wrote the way it was meant.
 */
export async function useCanonicalText(trx: Transaction<DB>): Promise<void> {
  await sql`
    select set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
      set_config('IntervalStyle', 'postgres', true), set_config('bytea_output', 'hex', true),
      set_config('extra_float_digits', '1', true)`.execute(trx);
}
