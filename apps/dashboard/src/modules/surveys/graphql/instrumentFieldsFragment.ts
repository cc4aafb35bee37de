import { graphql } from '../../../gql/index.js';

/** A questionnaire with its items, as the survey pages (and GraphiQL's catalogue example) ask for it. */
export const instrumentFieldsFragment = graphql(`
  fragment InstrumentFields on Instrument {
    key
    kind
    name
    items {
      code
      dimension
      role
      scaleMin
      scaleMax
      textDe
      textEn
    }
  }
`);
