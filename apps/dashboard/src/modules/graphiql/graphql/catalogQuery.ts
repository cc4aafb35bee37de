import { graphql } from '../../../gql/index.js';

/**
 * GraphiQL's catalogue example: who is signed in (with their funder, if any), and the cohorts,
 * funders and questionnaires, each with the fields the dashboard asks for. Typed like the dashboard's own queries, so the
 * example breaks the typecheck, not an analyst's first try, when the schema changes.
 */
export const catalogQuery = graphql(`
  query Catalog {
    viewer {
      email
      role
      funder {
        ...FunderFields
      }
    }
    cohorts {
      ...CohortFields
    }
    funders {
      ...FunderFields
    }
    instruments {
      ...InstrumentFields
    }
  }
`);
