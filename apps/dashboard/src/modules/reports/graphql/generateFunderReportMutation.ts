import { graphql } from '../../../gql/index.js';

/** Computes and freezes a funder report (ADMIN and PROJECT_LEAD). */
export const generateFunderReportMutation = graphql(`
  mutation GenerateFunderReport($funder: String!, $from: Date!, $to: Date!, $language: String!) {
    generateFunderReport(funder: $funder, from: $from, to: $to, language: $language) {
      ...StoredReportFields
    }
  }
`);
