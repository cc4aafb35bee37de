import { useState } from 'react';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { Table } from '../../../common/components/Table.js';
import { saveBlob } from '../../../common/saveBlob.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortLabel } from '../../filters/hooks/useCohortLabel.js';
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
  const { t } = useI18n();
  const cohortLabel = useCohortLabel();
  const [confirming, setConfirming] = useState(false);
  const rows: Row[] = [
    ...PERSON_ROWS.map((row) => ({ label: t(row.label), count: row.count(person) })),
    { label: t('persons.importBatches'), count: person.importBatches },
  ];
  return (
    <SectionCard title={`${person.key} · ${person.displayName ?? t('persons.noName')}`} testId="person-card">
      <dl className="pp-facts">
        <dt>{t('persons.email')}</dt>
        <dd>{person.email ?? t('persons.noEmail')}</dd>
        <dt>{t('persons.network')}</dt>
        <dd>{person.network}</dd>
        <dt>{t('persons.cohorts')}</dt>
        <dd>{person.cohorts.map(cohortLabel).join(', ') || '–'}</dd>
      </dl>
      <Table
        caption={t('persons.dataCaption')}
        columns={[
          { key: 'label', header: t('persons.kind'), value: (r: Row) => r.label, rowHeader: true },
          { key: 'count', header: t('persons.count'), value: (r: Row) => r.count },
        ]}
        rows={rows}
        rowKey={(r) => r.label}
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
    </SectionCard>
  );
}
