import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { graphqlErrorCode, graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { PersonErasure } from '../hooks/useErasePerson.js';
import { usePersonLookup } from '../hooks/usePersonLookup.js';
import { rowsRemoved } from '../personRows.js';
import { KeyField } from './KeyField.js';
import { PersonCard } from './PersonCard.js';
import '../persons-page.css';

/** Personen / Datenschutz (ADMIN): look a participant up by key, download their data, erase them. */
export function PersonsPage() {
  const { t, format } = useI18n();
  const client = useApolloClient();
  const [draft, setDraft] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [erased, setErased] = useState<PersonErasure | null>(null);
  const { person, loading, error } = usePersonLookup(key);
  const failure = error
    ? graphqlErrorCode(error) === 'NOT_FOUND'
      ? t('persons.notFound', { key: key ?? '' })
      : t('persons.failed', { message: graphqlErrorText(error, t) })
    : null;
  const onErased = (erasure: PersonErasure) => {
    setKey(null);
    setDraft('');
    setErased(erasure);
    // Every number may have changed: the open pages load theirs again.
    void client.refetchQueries({ include: 'active' });
  };
  return (
    <>
      <PageHeader title={t('persons.title')} intro={t('persons.intro')} />
      <div className="mq-app-stack">
        <form
          className="mq-app-card pp-lookup"
          onSubmit={(event) => {
            event.preventDefault();
            setErased(null);
            setKey(draft.trim() || null);
          }}
        >
          <KeyField label={t('persons.key')} value={draft} onChange={setDraft} />
          <button type="submit" className="mq-button" disabled={draft.trim() === '' || loading}>
            {loading ? t('persons.looking') : t('persons.lookup')}
          </button>
        </form>
        {failure ? (
          <p className="mq-app-error" role="alert">
            {failure}
          </p>
        ) : null}
        {erased ? (
          <p className="mq-app-ok" role="status">
            {t('persons.erased', {
              key: erased.key,
              rows: format.number(rowsRemoved(erased.removed), 0),
              id: erased.id,
            })}
          </p>
        ) : null}
        {person ? <PersonCard key={person.key} person={person} onErased={onErased} /> : null}
      </div>
    </>
  );
}
