import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { MessageKey } from '../../i18n/de.js';
import { cohortFunnelQuery } from '../cohorts/graphql/cohortFunnelQuery.js';
import { goalAttainmentQuery } from '../goals/graphql/goalAttainmentQuery.js';
import { reachQuery } from '../reach/graphql/reachQuery.js';
import { eventFeedbackQuery } from '../surveys/graphql/eventFeedbackQuery.js';
import { surveyOutcomesQuery } from '../surveys/graphql/surveyOutcomesQuery.js';
import { catalogQuery } from './graphql/catalogQuery.js';

/** One example query: the name of its button (a message key), the query and its variables (JSON). */
export interface ExampleQuery {
  label: MessageKey;
  query: string;
  variables?: string;
}

/**
 * An example from one of the dashboard's own documents (with the fragments it spreads), under
 * a comment line, and its variables as the editor shows them.
 */
function example<V>(
  label: MessageKey,
  comment: string,
  document: TypedDocumentNode<unknown, V>,
  variables?: V,
): ExampleQuery {
  return {
    label,
    query: `# ${comment}\n${print(document)}\n`,
    ...(variables === undefined ? {} : { variables: JSON.stringify(variables, null, 2) }),
  };
}

/**
 * The contract's queries, loadable into the editor, so analysts start from working examples:
 * the very queries the dashboard's pages send, so an example asks what a page shows.
 */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  example(
    'graphiql.example.reach',
    'Multiplikator:innen-Kaskade eines Durchgangs, nach Bundesland und Monat',
    reachQuery,
    { scope: { cohorts: [], to: null } },
  ),
  example(
    'graphiql.example.goals',
    'Zielerreichung zum Stichtag scope.to (Standard: heute)',
    goalAttainmentQuery,
    {
      scope: {},
    },
  ),
  example(
    'graphiql.example.surveys',
    'Gepaarte Veränderung je Qualitätsdimension und Rücklauf',
    surveyOutcomesQuery,
    { instrument: 'selbstanalyse', from: 'PRE', to: 'POST', scope: {} },
  ),
  example('graphiql.example.cohorts', 'Verlauf je Qualifizierungsdurchgang', cohortFunnelQuery, {
    scope: {},
  }),
  example('graphiql.example.feedback', 'Rückmeldungen und Net Promoter Score', eventFeedbackQuery, {
    instrument: 'transfer-feedback',
  }),
  example(
    'graphiql.example.catalog',
    'Wer bin ich, welche Durchgänge, Förderer und Fragebögen gibt es?',
    catalogQuery,
  ),
];
