import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GraphqlContext } from '../common/graphql-context.js';
import { isUnexpectedError } from '../errors/format-error.js';
import { describeError } from './describe-error.js';
import { requestState } from './request-state.js';

const MAX_OPERATION_NAME = 100;

/**
 * Tells the request log the GraphQL operation's name, and logs every unexpected error
 * (with its stack, which the client never gets) under the request's id. Expected errors
 * (wrong input, forbidden, …) are the client's business and are not logged.
 */
export function graphqlLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const state = requestState(contextValue.res);
      // The name the client sent; replaced by the resolved one once the document is parsed.
      if (request.operationName) state.operationName = request.operationName.slice(0, MAX_OPERATION_NAME);
      return {
        async didResolveOperation({ operationName }) {
          state.operationName = (operationName ?? 'anonymous').slice(0, MAX_OPERATION_NAME);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isUnexpectedError(error))
              logger.error(
                {
                  requestId: state.requestId,
                  error: describeError(error.originalError ?? error),
                  path: error.path,
                },
                'unexpected GraphQL error',
              );
          }
        },
      };
    },
  };
}
