import { graphql } from '../../../gql/index.js';

/** The questionnaires with their items (texts for the item distributions). */
export const instrumentsQuery = graphql(`
  query Instruments {
    instruments {
      ...InstrumentFields
    }
  }
`);
