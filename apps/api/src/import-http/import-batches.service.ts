import { ENTITY_ORDER } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ImportBatchesRepository } from './import-batches.repository.js';
import type {
  ImportBatchConnectionType,
  ImportBatchesArgs,
  ImportBatchType,
  ImportEntityCountType,
} from './import-batches.types.js';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

/** Entities in import order, answers right after the responses that hold them. */
const COUNTED_ORDER: readonly string[] = ENTITY_ORDER.flatMap((e) =>
  e === 'responses' ? [e, 'answers'] : [e],
);

const COUNT_KINDS = ['inserted', 'updated', 'unchanged', 'deleted', 'skipped'] as const;

/** Cursors are opaque to clients: the id of a page's last batch, base64url-encoded. */
const encodeCursor = (id: number) => Buffer.from(String(id), 'utf8').toString('base64url');

function decodeCursor(cursor: string): number {
  const id = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(id) || id < 1) throw new BadUserInputError('after is not a cursor of this list');
  return id;
}

/** The import history for admins and project leads: who imported what, when, with what result. */
@Injectable()
export class ImportBatchesService {
  constructor(private readonly repository: ImportBatchesRepository) {}

  async listBatches(args: ImportBatchesArgs): Promise<ImportBatchConnectionType> {
    const limit = args.first ?? DEFAULT_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`);
    const page = { limit, beforeId: args.after ? decodeCursor(args.after) : null };
    const [rows, totalCount] = await Promise.all([this.repository.batches(page), this.repository.count()]);
    const nodes: ImportBatchType[] = rows.slice(0, limit).map((row) => ({
      id: row.id,
      outcome: row.outcome === 'imported' ? 'IMPORTED' : 'REJECTED',
      actor: row.actor,
      source: row.source,
      startedAt: new Date(row.started_at).toISOString(),
      finishedAt: new Date(row.finished_at).toISOString(),
      files: row.files.map((f) => ({ name: f.name, bytes: f.bytes, sha256: f.sha256 })),
      counts: toEntityCounts(row.counts),
      errorCount: row.error_count,
      errors: row.errors,
    }));
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.id) : null },
      totalCount,
    };
  }
}

/** `{ inserted: { programs: 1 }, … }` as one row per entity, in import order. */
function toEntityCounts(counts: Record<string, Record<string, number>>): ImportEntityCountType[] {
  const entities = new Set(COUNT_KINDS.flatMap((kind) => Object.keys(counts[kind] ?? {})));
  const rank = (entity: string) => {
    const index = COUNTED_ORDER.indexOf(entity);
    return index === -1 ? COUNTED_ORDER.length : index;
  };
  return [...entities]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((entity) => ({
      entity,
      inserted: counts.inserted?.[entity] ?? 0,
      updated: counts.updated?.[entity] ?? 0,
      unchanged: counts.unchanged?.[entity] ?? 0,
      deleted: counts.deleted?.[entity] ?? 0,
      skipped: counts.skipped?.[entity] ?? 0,
    }));
}
