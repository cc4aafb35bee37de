import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';

/**
 * Limits on what one GraphQL request may ask for, so that a single request cannot make the
 * server parse, validate or resolve without bound. Depth counts fields from the root to the
 * leaf: the contract's deepest honest query, `{ reach { byState { state } } }`, is 3 (4–5
 * with `login { viewer { funder { key } } }` or fragments), and the dashboard's biggest page
 * asks for about ten root fields.
 */
export const GRAPHQL_LIMITS = {
  /** Twice the deepest contract query: room for growth, none for recursion through types. */
  maxDepth: 8,
  /** Aliases multiply work (`a1: reach … a500: reach`); a page comparing a few scopes needs < 10. */
  maxAliases: 15,
  /** Lexer tokens: the largest dashboard operation is ~400; caps the parser's work on garbage. */
  maxTokens: 2000,
  /** No mintq operation needs more than `@include`/`@skip` on a few fields. */
  maxDirectives: 10,
  /**
   * graphql-armor's cost (object 2, scalar 1, × 1.5 per level): all contract queries in one
   * document cost ~400, so 5000 leaves > 10× headroom and still stops alias/fragment bombs.
   */
  maxCost: 5000,
  /** JSON body of POST /graphql: the largest honest document is a few kB. */
  bodyLimit: '100kb',
} as const;

/** Armor reports through the validation context; a rejected document is a validation failure. */
const reject = [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message, { extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } }),
    ),
];

/**
 * graphql-armor's validation rules for depth, aliases, directives and cost. The token limit is
 * graphql-js's own `parseOptions.maxTokens` (it stops the parser itself, with a parse error),
 * and field suggestions are hidden by Apollo's `hideSchemaDetailsFromClientErrors`, so those
 * two armor plugins stay off.
 */
export function graphqlValidationRules() {
  const common = { onReject: reject, propagateOnRejection: false };
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, ...common },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...common },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...common },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, ...common },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
