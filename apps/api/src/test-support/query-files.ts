import type { DB } from '@mintq/schema';
import type { CompiledQuery, Kysely } from 'kysely';
import { formatSql } from './format-sql.js';

/** A query builder: Kysely's builders compile alone, raw SQL with the Kysely it is meant for. */
interface Compilable {
  compile(db: Kysely<DB>): CompiledQuery;
}

/** The methods of a repository that return a query builder. */
type QueryMethod<R> = {
  [K in keyof R]: R[K] extends (...args: never[]) => Compilable ? K : never;
}[keyof R] &
  string;

type ArgumentsOf<F> = F extends (...args: infer A) => Compilable ? A : never;

/** One query of a repository as its query file shows it. */
interface QueryEntry {
  method: string;
  heading: string;
  compiled: CompiledQuery;
}

/**
 * The queries of one repository, compiled on a Kysely without a database (`coldDatabase`),
 * for its query file: `add(method, ...arguments)` once per call worth reading.
 */
export class RepositoryQueries<R extends object> {
  private readonly entries: QueryEntry[] = [];

  /**
   * @param names Arguments shown by name in the headings (`EXAMPLE_SCOPES.open`) instead of
   * their value.
   */
  constructor(
    readonly repository: R,
    private readonly db: Kysely<DB>,
    private readonly names: ReadonlyMap<unknown, string> = new Map(),
  ) {}

  get name(): string {
    return this.repository.constructor.name;
  }

  add<K extends QueryMethod<R>>(method: K, ...args: ArgumentsOf<R[K]>): this {
    const build = this.repository[method] as (...args: unknown[]) => Compilable;
    const compiled = build.apply(this.repository, args).compile(this.db);
    const shown = args.map((arg) => this.names.get(arg) ?? describeValue(arg));
    this.entries.push({ method, heading: `${this.name}.${method}(${shown.join(', ')})`, compiled });
    return this;
  }

  /** Every method of the repository whose name ends in `Query`, besides those `extra` names. */
  queryMethods(extra: readonly string[] = []): string[] {
    const names = new Set<string>();
    for (let proto = Object.getPrototypeOf(this.repository); proto !== Object.prototype; ) {
      for (const name of Object.getOwnPropertyNames(proto)) if (name.endsWith('Query')) names.add(name);
      proto = Object.getPrototypeOf(proto);
    }
    return [...names, ...extra].sort();
  }

  /** The methods `add` compiled at least once. */
  coveredMethods(): string[] {
    return [...new Set(this.entries.map((e) => e.method))].sort();
  }

  /** The query file: a note on where it comes from, then each query under its heading and parameters. */
  file(source: string): string {
    const queries = this.entries.map(({ heading, compiled }) =>
      [
        `-- ${heading}`,
        ...compiled.parameters.map((value, i) => `-- $${i + 1} = ${describeValue(value)}`),
        formatSql(compiled.sql),
      ].join('\n'),
    );
    const note = [
      `-- NOTE: This file is generated from the query builders of ${source} by`,
      '-- src/queries/repository-queries.spec.ts. Do not edit it: `vitest -u` rewrites it.',
    ].join('\n');
    return `${[note, ...queries].join('\n\n')}\n`;
  }
}

/** A value as it reads in a heading or a parameter line: SQL-like literals, arrays in brackets. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
