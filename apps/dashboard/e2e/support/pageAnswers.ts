import type { Page } from 'playwright-core';
import type { GraphqlAnswer } from './graphqlClient.js';

/** One GraphQL operation the page sent, with the answer it got. */
export interface PageAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  answer: GraphqlAnswer<Record<string, unknown>>;
}

/**
 * Records every GraphQL answer the page itself receives: what the dashboard draws is checked
 * against these, whatever the API computes them from (per answer today, a stored release later).
 */
export class PageAnswers {
  private readonly pending: Promise<void>[] = [];
  private readonly answers: PageAnswer[] = [];

  constructor(page: Page) {
    page.on('response', (response) => {
      const request = response.request();
      if (request.method() !== 'POST' || !new URL(response.url()).pathname.endsWith('/graphql')) return;
      this.pending.push(
        (async () => {
          const body = request.postDataJSON() as {
            operationName?: string;
            variables?: Record<string, unknown>;
          };
          const answer = (await response.json()) as GraphqlAnswer<Record<string, unknown>>;
          this.answers.push({
            operationName: body.operationName ?? '',
            variables: body.variables ?? {},
            answer,
          });
        })().catch(() => undefined),
      );
    });
  }

  /** Forgets what was recorded, e.g. before the next page. */
  clear(): void {
    this.answers.length = 0;
  }

  /**
   * The data of the last answer to `operationName` whose variables match `variables` (a subset);
   * fails when there is none or it carries errors.
   */
  async latest<T>(operationName: string, variables: Record<string, unknown> = {}): Promise<T> {
    await Promise.all(this.pending);
    const matching = this.answers.filter(
      (a) =>
        a.operationName === operationName &&
        Object.entries(variables).every(
          ([key, value]) => JSON.stringify(a.variables[key]) === JSON.stringify(value),
        ),
    );
    const last = matching[matching.length - 1];
    if (!last)
      throw new Error(`the page received no answer to ${operationName} ${JSON.stringify(variables)}`);
    if (last.answer.errors?.length || !last.answer.data)
      throw new Error(`${operationName} answered errors: ${JSON.stringify(last.answer.errors)}`);
    return last.answer.data as T;
  }

  /** Every scope the page sent, to see that none leaves the funder's query space. */
  async scopes(): Promise<unknown[]> {
    await Promise.all(this.pending);
    return this.answers.filter((a) => 'scope' in a.variables).map((a) => a.variables.scope);
  }
}
