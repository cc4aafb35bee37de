import { graphql } from '../../../gql/index.js';

/** A user as the Benutzer page lists it. */
export const userFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    email
    role
    funder {
      key
      name
    }
    status
    language
    lastSignInAt
    createdAt
    invitationExpiresAt
  }
`);
