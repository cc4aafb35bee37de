import { Inject, Module } from '@nestjs/common';
import { Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { sql } from 'kysely';
import { Can } from '../auth/can.decorator.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

@ObjectType('ProbeNode')
export class ProbeNode {
  @Field(() => Int)
  id: number;

  @Field(() => ProbeNode, { nullable: true })
  child: ProbeNode | null;
}

/** An endless chain of nodes: lets a test build queries of any depth and cost. */
function chain(id = 1): ProbeNode {
  return {
    id,
    get child() {
      return chain(id + 1);
    },
  };
}

/** Test-only resolvers for what the contract does not offer yet: role checks, depth, failures. */
@Resolver()
export class ProbeResolver {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  // Admins only: the capability no other role has.
  @Can('managePersons')
  @Query(() => String)
  adminProbe(): string {
    return 'admins only';
  }

  /** Stands for the mutations of admins and project leads (e.g. generating a funder report). */
  @Can('generateReports')
  @Mutation(() => String)
  adminProbeMutation(): string {
    return 'changed';
  }

  @Query(() => ProbeNode)
  probeNode(): ProbeNode {
    return chain();
  }

  @Query(() => String)
  probeBug(): string {
    throw new Error('select password_hash from users where id = 1: a bug that must not reach the client');
  }

  @Query(() => String)
  async probeSqlError(): Promise<string> {
    await sql`select password_hash from no_such_table`.execute(this.database.db);
    return 'unreachable';
  }
}

@Module({ providers: [ProbeResolver] })
export class ProbeModule {}
