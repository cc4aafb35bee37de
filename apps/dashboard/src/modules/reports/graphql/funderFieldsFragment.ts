import { graphql } from '../../../gql/index.js';

/** A funder as the report form (and GraphiQL's catalogue example) asks for it. */
export const funderFieldsFragment = graphql(`
  fragment FunderFields on Funder {
    key
    name
    kind
  }
`);
