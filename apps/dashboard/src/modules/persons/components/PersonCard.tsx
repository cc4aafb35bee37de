import { DataTable } from '@mintq/ui';
import { useId, useState } from 'react';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { saveBlob } from '../../reports/saveBlob.js';
import type { PersonErasure } from '../hooks/useErasePerson.js';
import { PERSON_ROWS, type PersonData } from '../personRows.js';
import { ErasePersonPanel } from './ErasePersonPanel.js';

type Row = { label: string; count: number };

/** One person: who they are, how much mintq holds about them, the download and the erasure. */
export function PersonCard({
  person,
  onErased,
}: {
  person: PersonData;
  onErased: (e: PersonErasure) => void;
}) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const rows: Row[] = [
    ...PERSON_ROWS.map((row) => ({ label: t(row.label), count: row.count(person) })),
    { label: t('persons.importBatches'), count: person.importBatches },
  ];
  return (
    <section className="mq-app-card" aria-labelledby={`${id}-title`} data-testid="person-card">
      <h2 className="mq-app-section-title" id={`${id}-title`}>
        {person.key} · {person.displayName ?? t('persons.noName')}
      </h2>
      <dl className="pp-facts">
        <dt>{t('persons.email')}</dt>
        <dd>{person.email ?? t('persons.noEmail')}</dd>
        <dt>{t('persons.network')}</dt>
        <dd>{person.network}</dd>
        <dt>{t('persons.cohorts')}</dt>
        <dd>{person.cohorts.join(', ') || '–'}</dd>
      </dl>
      <DataTable
        caption={t('persons.dataCaption')}
        columns={[
          { key: 'label', header: t('persons.kind'), value: (r: Row) => r.label, rowHeader: true },
          { key: 'count', header: t('persons.count'), value: (r: Row) => r.count },
        ]}
        rows={rows}
        rowKey={(r) => r.label}
        locale={format.locale}
        labels={{ suppressed }}
      />
      <div className="mq-app-actions">
        <button
          type="button"
          className="mq-button"
          onClick={() =>
            saveBlob(
              new Blob([person.document], { type: 'application/json' }),
              `mintq-person-${person.key}.json`,
            )
          }
        >
          {t('persons.download')}
        </button>
        {confirming ? null : (
          <button type="button" className="mq-button mq-button--quiet" onClick={() => setConfirming(true)}>
            {t('persons.erase')}
          </button>
        )}
      </div>
      {confirming ? (
        <ErasePersonPanel person={person} onCancel={() => setConfirming(false)} onErased={onErased} />
      ) : null}
    </section>
  );
}
