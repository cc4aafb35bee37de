import { graphql } from '../../../gql/index.js';

/** A stored funder report as the list shows it, whether listed or just generated. */
export const storedReportFragment = graphql(`
  fragment StoredReportFields on FunderReport {
    id
    funder {
      key
      name
    }
    from
    to
    language
    createdAt
    contentHash
    pdfUrl
    xlsxUrl
    jsonUrl
  }
`);
