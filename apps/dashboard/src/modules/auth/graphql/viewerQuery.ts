import { graphql } from '../../../gql/index.js';

/**
 * Who is signed in, what they may do (`can`: every capability of the contract; the shell looks
 * up `can[capability]`, so one left out here fails to compile) and a funder user's suppression k.
 */
export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      email
      role
      funder {
        key
        name
      }
      suppressionK
      can {
        readMetrics
        readPseudonymisedRows
        readPersonalData
        importData
        generateReports
        readReports
        useGraphiql
        managePersons
      }
    }
  }
`);
