import type { ErasePersonMutation, PersonExportQuery } from '../../gql/graphql.js';
import type { MessageKey } from '../../i18n/de.js';

/** One person as the page shows them. */
export type PersonData = PersonExportQuery['personExport'];

/** The kinds of a person's data, in the order the page and the confirmation list them. */
export const PERSON_ROWS: readonly { label: MessageKey; count: (person: PersonData) => number }[] = [
  { label: 'persons.enrollments', count: (p) => p.counts.enrollments },
  { label: 'persons.responses', count: (p) => p.counts.responses },
  { label: 'persons.answers', count: (p) => p.counts.answers },
  { label: 'persons.goals', count: (p) => p.counts.goals },
  { label: 'persons.checkins', count: (p) => p.counts.checkins },
  { label: 'persons.activities', count: (p) => p.counts.activities },
  { label: 'persons.activityLinks', count: (p) => p.counts.activityLinks },
];

/** How many rows an erasure removed, all kinds together. */
export function rowsRemoved(removed: ErasePersonMutation['erasePerson']['removed']): number {
  const { participants, enrollments, responses, answers, goals, checkins, activities, activityLinks } =
    removed;
  return participants + enrollments + responses + answers + goals + checkins + activities + activityLinks;
}
