import { graphql } from '../../../gql/index.js';

/** Stored funder reports, newest first (FUNDER users get only their own). */
export const reportsQuery = graphql(`
  query Reports($funder: String) {
    reports(funder: $funder) {
      ...StoredReportFields
    }
  }
`);
