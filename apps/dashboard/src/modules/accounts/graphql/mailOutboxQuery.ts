import { graphql } from '../../../gql/index.js';

/** The newest mails mintq wrote, sent or waiting (without SMTP they stay waiting). */
export const mailOutboxQuery = graphql(`
  query MailOutbox($first: Int!) {
    mailOutbox(first: $first) {
      id
      createdAt
      kind
      recipient
      subject
      body
      sentAt
      error
    }
  }
`);
