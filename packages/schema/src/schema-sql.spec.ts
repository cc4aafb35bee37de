import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// packages/schema/schema.sql is what the migrations build (apps/api/src/database/schema-sql.spec.ts
// checks that on PGlite and PostgreSQL). These tests hold the rest to it: the Kysely types of
// db.ts, and docs/derived-data.md, which must name every trigger and function.

const HERE = dirname(fileURLToPath(import.meta.url));
const SCHEMA_SQL = readFileSync(join(HERE, '..', 'schema.sql'), 'utf8');
const DERIVED_DATA = join(HERE, '..', '..', '..', 'docs', 'derived-data.md');

/** What a column's SQL type reads as in TypeScript: one of these, roughly. */
type Kind = 'string' | 'number' | 'boolean' | 'Date' | 'bytes' | 'json';

const SQL_KINDS: Array<[RegExp, Kind[]]> = [
  [/^(text|uuid|date|bit varying|character varying(\(\d+\))?|numeric(\(\d+,\d+\))?)$/, ['string']],
  [/^(integer|smallint|double precision|real)$/, ['number']],
  // int8 arrives as a number (the drivers parse it), though a type may still say string.
  [/^bigint$/, ['number', 'string']],
  [/^boolean$/, ['boolean']],
  [/^timestamp with time zone$/, ['Date']],
  [/^bytea$/, ['bytes']],
  [/^jsonb?$/, ['json']],
];

interface ColumnShape {
  kinds: Kind[];
  nullable: boolean;
  type: string;
  /** `GENERATED ALWAYS AS (…) STORED`: the catalog calls it nullable whatever it is computed from. */
  computed: boolean;
}

const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1').replaceAll('""', '"');

/** Tables and columns of schema.sql (its CREATE TABLE blocks, one column per line). */
function schemaSqlTables(): Map<string, Map<string, ColumnShape>> {
  const tables = new Map<string, Map<string, ColumnShape>>();
  let columns: Map<string, ColumnShape> | undefined;
  for (const line of SCHEMA_SQL.split('\n')) {
    const start = /^CREATE TABLE (\S+) \($/.exec(line);
    if (start?.[1]) {
      columns = new Map();
      tables.set(unquote(start[1]), columns);
    } else if (line === ');') columns = undefined;
    else if (columns && !line.trimStart().startsWith('CONSTRAINT ')) {
      const match = /^ {4}("(?:[^"]|"")+"|\S+) (.+?),?$/.exec(line);
      if (!match?.[1] || !match[2]) throw new Error(`schema.sql: cannot read the column line ${line}`);
      const type = match[2].split(/ GENERATED | DEFAULT | NOT NULL$/)[0] ?? '';
      const kinds = SQL_KINDS.find(([pattern]) => pattern.test(type))?.[1];
      if (!kinds) throw new Error(`schema.sql: no TypeScript kind for the SQL type ${type} (add it here)`);
      columns.set(unquote(match[1]), {
        kinds,
        nullable: !match[2].endsWith(' NOT NULL'),
        type,
        computed: match[2].includes(' GENERATED ALWAYS AS ('),
      });
    }
  }
  return tables;
}

/** Tables and columns of the `DB` interface of db.ts, as Kysely selects them. */
function dbTsTables(): Map<string, Map<string, { kinds: Kind[]; nullable: boolean; text: string }>> {
  const probe = join(HERE, '__db-columns-probe.ts');
  const probeText =
    "import type { Selectable } from 'kysely';\n" +
    "import type { DB } from './db.js';\n" +
    'export type Rows = { [T in keyof DB]: Selectable<DB[T]> };\n';
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === probe || fileExists.call(host, file);
  host.readFile = (file) => (file === probe ? probeText : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    file === probe
      ? ts.createSourceFile(file, probeText, language)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram([probe], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length > 0) throw new Error(`db.ts does not type-check: ${errors.join('; ')}`);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe);
  const rows = source && checker.getSymbolAtLocation(source);
  const alias = rows && checker.getExportsOfModule(rows).find((s) => s.name === 'Rows');
  if (!alias) throw new Error('the probe of db.ts exports no Rows');
  const tables = new Map<string, Map<string, { kinds: Kind[]; nullable: boolean; text: string }>>();
  for (const table of checker.getDeclaredTypeOfSymbol(alias).getProperties()) {
    const columns = new Map<string, { kinds: Kind[]; nullable: boolean; text: string }>();
    for (const column of checker.getTypeOfSymbol(table).getProperties()) {
      const type = checker.getTypeOfSymbol(column);
      const parts = type.isUnion() ? type.types : [type];
      const nullable = parts.some((p) => p.flags & ts.TypeFlags.Null);
      const kinds = [...new Set(parts.filter((p) => !(p.flags & ts.TypeFlags.Null)).map((p) => kindOf(p)))];
      columns.set(column.name, { kinds, nullable, text: checker.typeToString(type) });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

function kindOf(type: ts.Type): Kind {
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
  const name = type.getSymbol()?.name;
  if (name === 'Date') return 'Date';
  if (name === 'Uint8Array') return 'bytes';
  return 'json';
}

describe('packages/schema/schema.sql', () => {
  const sqlTables = schemaSqlTables();

  it('lists the tables', () => {
    expect(sqlTables.size).toBeGreaterThan(20);
    expect(sqlTables.get('activities')?.get('initiative_bits')).toEqual({
      kinds: ['string'],
      nullable: false,
      type: 'bit varying',
      computed: false,
    });
    expect(sqlTables.get('funder_reports')?.get('from')).toMatchObject({ nullable: false, type: 'date' });
  });

  it('and db.ts agree, table by table and column by column (names, nullability, types roughly)', () => {
    const dbTables = dbTsTables();
    expect([...dbTables.keys()].sort(), 'the tables of db.ts (interface DB)').toEqual(
      [...sqlTables.keys()].sort(),
    );
    const disagreements: string[] = [];
    for (const [table, columns] of sqlTables) {
      const typed = dbTables.get(table) ?? new Map();
      for (const name of typed.keys())
        if (!columns.has(name)) disagreements.push(`${table}.${name} is in db.ts but not in the database`);
      for (const [name, column] of columns) {
        const ts = typed.get(name);
        if (!ts) {
          disagreements.push(`${table}.${name} (${column.type}) is missing from db.ts`);
          continue;
        }
        if (ts.nullable !== column.nullable && !column.computed)
          disagreements.push(
            `${table}.${name} is ${column.nullable ? 'nullable' : 'NOT NULL'} in the database but ${ts.text} in db.ts`,
          );
        if (ts.kinds.length !== 1 || !column.kinds.includes(ts.kinds[0] as Kind))
          disagreements.push(`${table}.${name} is ${column.type} in the database but ${ts.text} in db.ts`);
      }
    }
    expect(disagreements, 'packages/schema/src/db.ts differs from the migrations (schema.sql)').toEqual([]);
  }, 60_000);

  it('has every trigger and function named in docs/derived-data.md', () => {
    const triggers = [...SCHEMA_SQL.matchAll(/^CREATE TRIGGER (\w+) /gm)].map((m) => m[1]);
    const functions = [...SCHEMA_SQL.matchAll(/^CREATE OR REPLACE FUNCTION (\w+)\(/gm)].map((m) => m[1]);
    expect(triggers.length).toBeGreaterThan(0);
    expect(functions.length).toBeGreaterThan(0);
    const doc = readFileSync(DERIVED_DATA, 'utf8');
    const unnamed = [...triggers, ...functions].filter((name) => !doc.includes(`\`${name}\``));
    expect(unnamed, 'triggers and functions that docs/derived-data.md does not name').toEqual([]);
  });
});
