import type { Migration } from 'kysely';
import * as initial from './20261125T1500-initial.js';

/** Every migration by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '20261125T1500-initial': initial,
};
