import { graphql } from '../../../gql/index.js';

/** Every user for an ADMIN, the FUNDER users for a PROJECT_LEAD. */
export const usersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);
