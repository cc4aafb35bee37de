import { graphql } from '../../../gql/index.js';

/** A page of the audit log, newest first, filtered. */
export const auditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        at
        action
        actor
        subject
        details
      }
      totalCount
      endCursor
    }
  }
`);
