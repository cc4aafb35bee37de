import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { CAPABILITIES, can } from '@mintq/contract';
import { Plugin } from '@nestjs/apollo';
import { BREAK, type DocumentNode, visit } from 'graphql';
import { AuthService, SESSION_INVALID_MESSAGE, SIGN_IN_FIRST_MESSAGE } from '../auth/auth.service.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { httpStatusOf } from '../errors/error-code.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { because, type MintqError } from '../errors/mintq-error.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';

/** The fields that describe the schema; `__typename` describes an answer and stays free. */
const SCHEMA_FIELDS = new Set(['__schema', '__type']);

/** True when the document asks for the schema anywhere, fragments included. */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!SCHEMA_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Introspection in every mode only for a signed-in user who may use GraphiQL (which reads the
 * schema so): `__schema` and `__type` have no resolver of ours, so the guards never see them and
 * this check runs once the document is parsed, before anything executes. Refusals answer like a
 * guard's: UNAUTHENTICATED (401) without a valid session, FORBIDDEN (403) for the other roles.
 */
@Plugin()
export class IntrospectionPlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(private readonly auth: AuthService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      didResolveOperation: async ({ document, contextValue, response }) => {
        if (!asksForSchema(document)) return;
        const result = await this.auth.authenticate(contextValue.req.get('authorization'));
        let refusal: MintqError | undefined;
        if ('problem' in result)
          refusal =
            result.problem === 'missing'
              ? new UnauthenticatedError(SIGN_IN_FIRST_MESSAGE, because('SIGN_IN_FIRST'))
              : new UnauthenticatedError(SESSION_INVALID_MESSAGE, because('SESSION_ENDED'));
        else if (!can(result.viewer.role, 'useGraphiql'))
          refusal = new ForbiddenError(`Only ${CAPABILITIES.useGraphiql.join(', ')} may read the schema`);
        if (!refusal) return;
        // A request error, answered before execution: its status is the code's (Apollo's default is 500).
        response.http.status = httpStatusOf(refusal.code);
        throw refusal;
      },
    };
  }
}
