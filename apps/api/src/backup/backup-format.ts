import type { DatabaseKind } from '../database/database.js';

/**
 * A mintq backup is one gzip file of JSON lines, readable with `zcat` and any JSON tool:
 *
 *     {"format":"mintq-backup","version":1,"migration":"…","createdAt":"…","databaseKind":"pglite",…}
 *     {"table":"programs","columns":["id","key","name"],"rows":1}
 *     ["1","mint-qo","MINT-Qualitätsoffensive"]
 *     … every table in foreign-key order, each followed by its rows in primary-key order …
 *     {"sequence":"programs_id_seq","lastValue":"1","isCalled":true}
 *     {"end":true,"tables":24,"rows":5123}
 *
 * Why logical and why text: the backup restores into either database kind (PGlite in a folder,
 * or a PostgreSQL server of another version), which a file copy or `pg_dump` of one of them
 * cannot promise. Every value is PostgreSQL's own text form of it (`null` for NULL), the form
 * each type's input reads back exactly: numerics keep their cents, floats their shortest exact
 * digits, instants are written in UTC, bytea in hex, bit strings as 0/1. JSON numbers would
 * pass through JavaScript doubles and could lose digits; text cannot. Generated columns are
 * left out (the database computes them), columns kept by triggers are in (see restore-backup.ts).
 * The closing line proves the file is whole: a backup cut short is refused, not half restored.
 */
export const BACKUP_FORMAT = 'mintq-backup';

/** Bump when the layout of the lines changes; a restore refuses versions it does not know. */
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The newest migration applied to the backed-up database: the schema the rows fit. */
  migration: string;
  /** ISO 8601 instant the backup's snapshot was taken. */
  createdAt: string;
  databaseKind: DatabaseKind;
  /** PostgreSQL's `server_version`, for the operator's information. */
  serverVersion: string;
}

export interface TableLine {
  table: string;
  /** The stored (not generated) columns, in the order of each row's values. */
  columns: string[];
  /** How many row lines follow. */
  rows: number;
}

/** One row: each column's text form, or null. */
export type RowLine = (string | null)[];

export interface SequenceLine {
  sequence: string;
  /** bigint as text: it may exceed a JavaScript number. */
  lastValue: string;
  isCalled: boolean;
}

export interface EndLine {
  end: true;
  tables: number;
  rows: number;
}

export type BackupLine = BackupHeader | TableLine | RowLine | SequenceLine | EndLine;

/** A backup that cannot be restored: the message says why, for the operator. */
export class BackupError extends Error {}

export function isTableLine(line: BackupLine): line is TableLine {
  return !Array.isArray(line) && 'table' in line;
}

export function isSequenceLine(line: BackupLine): line is SequenceLine {
  return !Array.isArray(line) && 'sequence' in line;
}

export function isEndLine(line: BackupLine): line is EndLine {
  return !Array.isArray(line) && 'end' in line;
}

/** Checks the first line of a file; throws a BackupError naming what is wrong. */
export function readHeader(line: BackupLine | undefined, file: string): BackupHeader {
  const header = line as Partial<BackupHeader> | undefined;
  if (!header || Array.isArray(header) || header.format !== BACKUP_FORMAT)
    throw new BackupError(`${file} is not a mintq backup`);
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `${file} is a mintq backup of format version ${header.version}; this mintq reads version ${BACKUP_VERSION}`,
    );
  if (typeof header.migration !== 'string') throw new BackupError(`${file} names no migration level`);
  return header as BackupHeader;
}
