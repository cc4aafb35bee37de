import { graphql } from '../../../gql/index.js';

/**
 * Who is signed in, what they may do (`can`: every capability of the contract; the shell looks
 * up `can[capability]`, so one left out here fails to compile) and a funder user's suppression k.
 * Signing in and asking who is signed in answer the same.
 */
export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    email
    role
    funder {
      key
      name
    }
    suppressionK
    can {
      readMetrics
      readEveryScope
      readPseudonymisedRows
      readPersonalData
      importData
      generateReports
      readReports
      useGraphiql
      managePersons
      inviteFunderUsers
      manageUsers
      readAuditLog
      enterOwnEntries
      followEntries
    }
  }
`);
