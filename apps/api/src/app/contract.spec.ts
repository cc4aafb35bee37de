import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { compareWithContract } from '../test-support/contract-compatibility.js';
import { buildAppSchema } from './print-schema.js';

const CONTRACT_FILE = join(REPO_ROOT, '..', 'shared', 'spec', 'api-contract.graphql');

/**
 * Parts of the contract still to come: `Type` (the whole type) or `Type.field`.
 * Remove an entry in the change that implements it: the test fails while a listed part
 * exists in the code, so this list only ever shrinks and stays true.
 */
const PENDING_CONTRACT_FIELDS: readonly string[] = [];

describe('the API against ../shared/spec/api-contract.graphql', () => {
  let contract: GraphQLSchema;
  let code: GraphQLSchema;
  beforeAll(async () => {
    contract = buildSchema(readFileSync(CONTRACT_FILE, 'utf8'));
    code = await buildAppSchema();
  });

  it('implements every type and field of the contract that is not pending, with compatible types', () => {
    expect(compareWithContract(contract, code, PENDING_CONTRACT_FIELDS).problems).toEqual([]);
  });

  it('lists nothing as pending that the code already has (remove it from PENDING_CONTRACT_FIELDS)', () => {
    expect(compareWithContract(contract, code, PENDING_CONTRACT_FIELDS).pendingButPresent).toEqual([]);
  });
});

describe('compareWithContract', () => {
  const contract = buildSchema(`
    scalar Date
    enum Role { ADMIN FUNDER }
    input Scope { from: Date, cohorts: [String!] }
    type Query { a(scope: Scope, n: Int = 3): [Int!]!, b: Int, c: Role!, d: Date }
  `);

  it('accepts an identical or stricter-output, more-lenient-input schema', () => {
    const code = buildSchema(`
      scalar Date
      enum Role { ADMIN FUNDER ANALYST }
      input Scope { from: Date, cohorts: [String!], states: [String!] }
      type Query { a(scope: Scope, n: Int = 3, extra: Int): [Int!]!, b: Int!, c: Role!, d: Date, e: Int }
    `);
    expect(compareWithContract(contract, code, [])).toEqual({ problems: [], pendingButPresent: [] });
  });

  it('finds a weaker output, a stricter input, a changed default, a missing enum value and type', () => {
    const code = buildSchema(`
      enum Role { ADMIN }
      input Scope { from: String!, cohorts: [String!] }
      type Query { a(scope: Scope, n: Int = 4): [Int]!, b: Int, c: Role! }
    `);
    expect(compareWithContract(contract, code, ['Query.d']).problems).toEqual([
      'type Date is missing',
      'Role.FUNDER is missing',
      'Scope.from: contract Date, code String!',
      'Query.a: contract [Int!]!, code [Int]!',
      'Query.a.n: default 3 expected',
    ]);
  });

  it('reports pending entries that exist, and entries the contract does not have', () => {
    const result = compareWithContract(contract, contract, ['Query.b', 'Role', 'Query.zzz']);
    expect(result.pendingButPresent).toEqual(['Role', 'Query.b']);
    expect(result.problems).toEqual(['pending entry Query.zzz is not part of the contract']);
  });
});
