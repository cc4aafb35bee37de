import { graphql } from '../../../gql/index.js';

/** The entries' history of a cohort (or one coordinator), a page at a time, newest first. */
export const entryHistoryQuery = graphql(`
  query EntryHistory($cohort: String, $participantKey: String, $first: Int!, $offset: Int!) {
    entryHistory(cohort: $cohort, participantKey: $participantKey, first: $first, offset: $offset) {
      totalCount
      entries {
        id
        at
        actor
        source
        participantKey
        entity
        entityKey
        action
        version
        changes {
          field
          old
          new
        }
      }
    }
  }
`);
