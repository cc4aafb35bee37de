import { graphql } from '../../../gql/index.js';

/** Everything mintq holds about one participant (ADMIN); each lookup is recorded in the audit log. */
export const personExportQuery = graphql(`
  query PersonExport($key: String!) {
    personExport(key: $key) {
      key
      displayName
      email
      network
      cohorts
      importBatches
      document
      counts {
        ...PersonDataCountsFields
      }
    }
  }
`);
