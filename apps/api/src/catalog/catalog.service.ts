import { can, STATE_CODES } from '@mintq/contract';
import { excerpt } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { CatalogRepository, type PageRequest } from './catalog.repository.js';
import type {
  InitiativeConnectionType,
  InitiativesArgs,
  InstrumentType,
  NetworkType,
  PageArgs,
  ParticipantConnectionType,
  ParticipantsArgs,
  WaveType,
} from './catalog.types.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

/** Cursors are opaque to clients: the last key of a page, base64url-encoded. */
const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

function toPage(args: PageArgs): PageRequest {
  const limit = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`);
  return { limit, afterKey: args.after ? decodeCursor(args.after) : null };
}

function toConnection<T extends { key: string }>(rows: T[], page: PageRequest) {
  const nodes = rows.slice(0, page.limit);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: last ? encodeCursor(last.key) : null },
  };
}

function checkState(state: string | null | undefined): string | null {
  if (state && !STATE_CODES.includes(state as never))
    throw new BadUserInputError(`unknown state code: ${excerpt(state)}`);
  return state ?? null;
}

/**
 * Lists for analysts and project leads. Participants appear by pseudonymous key; names and
 * e-mails only for ADMIN and PROJECT_LEAD, and funder users see no list of people at all.
 * Analysts get a key's network (and state) only for networks of at least k participants.
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly repository: CatalogRepository,
    @Inject(MINTQ_CONFIG) private readonly config: Pick<MintqConfig, 'suppressionK'>,
  ) {}

  async listNetworks(state: string | null | undefined): Promise<NetworkType[]> {
    const rows = await this.repository.networks(checkState(state));
    return rows.map((r) => ({ ...r, initiatives: r.initiatives ?? 0, participants: r.participants ?? 0 }));
  }

  async listInitiatives(args: InitiativesArgs): Promise<InitiativeConnectionType> {
    const filter = { network: args.network ?? null, state: checkState(args.state) };
    const page = toPage(args);
    const [rows, totalCount] = await Promise.all([
      this.repository.initiatives(filter, page),
      this.repository.countInitiatives(filter),
    ]);
    return { ...toConnection(rows, page), totalCount };
  }

  async listParticipants(
    viewer: Viewer,
    args: ParticipantsArgs,
    wantsPersonalData: boolean,
  ): Promise<ParticipantConnectionType> {
    if (!can(viewer.role, 'readPseudonymisedRows'))
      throw new ForbiddenError('funder users see aggregates, never lists of people');
    const withPersonalData = can(viewer.role, 'readPersonalData');
    if (wantsPersonalData && !withPersonalData)
      throw new ForbiddenError('names and e-mails are for admins and project leads only');
    const filter = { cohort: args.cohort ?? null, state: checkState(args.state) };
    const page = toPage(args);
    // Pseudonymised is not anonymous: a key next to a network of 1 … k−1 people names someone.
    const networkK = withPersonalData ? null : this.config.suppressionK;
    const [rows, totalCount] = await Promise.all([
      this.repository.participants(filter, page, withPersonalData, networkK),
      this.repository.countParticipants(filter, networkK),
    ]);
    const connection = toConnection(rows, page);
    return {
      ...connection,
      nodes: connection.nodes.map((r) => ({
        key: r.key,
        network: r.network,
        state: r.state,
        enrollments: r.enrollments ?? [],
        displayName: r.display_name ?? null,
        email: r.email ?? null,
      })),
      totalCount,
    };
  }

  listInstruments(): Promise<InstrumentType[]> {
    return this.repository.instruments().then((rows) => rows.map((r) => ({ ...r, items: r.items ?? [] })));
  }

  async listWaves(filter: {
    instrument?: string | null | undefined;
    cohort?: string | null | undefined;
  }): Promise<WaveType[]> {
    // GraphQL hands an argument the query left out over as undefined, not null: both mean "any".
    // Passed on as is, undefined became `where key = null` and every wave was filtered away.
    const rows = await this.repository.waves({
      instrument: filter.instrument ?? null,
      cohort: filter.cohort ?? null,
    });
    return rows.map((r) => ({ ...r, responses: r.responses ?? 0 }));
  }
}
