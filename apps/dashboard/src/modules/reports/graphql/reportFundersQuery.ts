import { graphql } from '../../../gql/index.js';

/** The funders a report can be generated for. */
export const reportFundersQuery = graphql(`
  query ReportFunders {
    funders {
      ...FunderFields
    }
  }
`);
