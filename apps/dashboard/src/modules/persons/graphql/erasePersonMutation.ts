import { graphql } from '../../../gql/index.js';

/** Erases one participant and all that is theirs (ADMIN). */
export const erasePersonMutation = graphql(`
  mutation ErasePerson($key: String!) {
    erasePerson(key: $key) {
      id
      key
      erasedAt
      removed {
        ...PersonDataCountsFields
      }
    }
  }
`);
