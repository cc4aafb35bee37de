import { NO_RECENT_ACTIVITY_MONTHS } from '@mintq/contract';
import { useI18n } from '../../../i18n/useI18n.js';
import type { CompletenessSummary as Summary } from '../completenessRows.js';

/** The counts above the list: how many coordinators, and how many of them lack what. */
export function CompletenessSummary({ summary }: { summary: Summary }) {
  const { t, format } = useI18n();
  const items = [
    ['coordinators', t('completeness.summary.coordinators'), summary.coordinators],
    ['withAccount', t('completeness.summary.withAccount'), summary.withAccount],
    ['invited', t('completeness.summary.invited'), summary.invited],
    ['goalsSet', t('completeness.summary.goalsSet'), summary.goalsSet],
    ['checkinDue', t('completeness.summary.checkinDue'), summary.checkinDue],
    ['overdue', t('completeness.summary.overdue'), summary.overdue],
    [
      'noActivity',
      t('completeness.summary.noActivity', { months: NO_RECENT_ACTIVITY_MONTHS }),
      summary.noActivity,
    ],
  ] as const;
  return (
    <section className="cp-summary" aria-label={t('completeness.summaryTitle')}>
      <dl className="cp-summary__list">
        {items.map(([id, label, value]) => (
          <div key={id} className="cp-summary__item" data-testid={`summary-${id}`}>
            <dt>{label}</dt>
            <dd>{format.number(value, 0)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
