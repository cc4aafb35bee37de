import { useId, useState } from 'react';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { type PersonErasure, useErasePerson } from '../hooks/useErasePerson.js';
import { PERSON_ROWS, type PersonData } from '../personRows.js';
import { KeyField } from './KeyField.js';

/** Props of {@link ErasePersonPanel}. */
export interface ErasePersonPanelProps {
  person: PersonData;
  onCancel: () => void;
  onErased: (erasure: PersonErasure) => void;
}

/**
 * The confirmation before an erasure: names the key and everything that goes, says what stays,
 * and erases only once the key has been typed again (a click alone is too easy to make).
 */
export function ErasePersonPanel({ person, onCancel, onErased }: ErasePersonPanelProps) {
  const { t, format } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const { erase, loading, error } = useErasePerson();
  const name = person.displayName ?? t('persons.noName');
  return (
    <section className="pp-confirm" aria-labelledby={`${id}-title`} data-testid="erase-confirmation">
      <h3 id={`${id}-title`}>{t('persons.confirmTitle', { key: person.key })}</h3>
      <p>{t('persons.confirmText', { key: person.key, name })}</p>
      <ul>
        {PERSON_ROWS.map((row) => (
          <li key={row.label}>
            {t(row.label)}: {format.number(row.count(person), 0)}
          </li>
        ))}
      </ul>
      <p>{t('persons.confirmKeeps')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim() !== person.key) return;
          void erase(person.key)
            .then((erasure) => {
              if (erasure) onErased(erasure);
            })
            // The error is shown from the mutation state.
            .catch(() => undefined);
        }}
      >
        <KeyField label={t('persons.confirmKey', { key: person.key })} value={typed} onChange={setTyped} />
        {error ? (
          <p className="mq-app-error" role="alert">
            {t('persons.failed', { message: graphqlErrorText(error, t) })}
          </p>
        ) : null}
        <div className="mq-app-actions">
          <button
            type="submit"
            className="mq-button pp-erase"
            disabled={typed.trim() !== person.key || loading}
          >
            {loading ? t('persons.erasing') : t('persons.confirmErase')}
          </button>
          <button type="button" className="mq-button mq-button--quiet" onClick={onCancel} disabled={loading}>
            {t('persons.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
