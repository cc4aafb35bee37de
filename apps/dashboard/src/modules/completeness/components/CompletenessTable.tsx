import { useEffect, useRef } from 'react';
import type { CohortCompletenessFieldsFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';

/** One coordinator's row as the API gives it. */
export type CompletenessRow = CohortCompletenessFieldsFragment['people'][number];

/** The name a person is shown by: their name, else their key. */
export function personName(row: Pick<CompletenessRow, 'displayName' | 'participantKey'>): string {
  return row.displayName ?? row.participantKey;
}

/** Props of {@link CompletenessTable}. */
export interface CompletenessTableProps {
  people: readonly CompletenessRow[];
  selected: ReadonlySet<string>;
  onSelect(selected: Set<string>): void;
  onRemind(person: CompletenessRow): void;
}

/**
 * One row per coordinator with a checkbox; on a phone each row becomes a card (the cells carry
 * their column's name, `data-label`). Goal progress is said in words, its colour only repeats it.
 */
export function CompletenessTable({ people, selected, onSelect, onRemind }: CompletenessTableProps) {
  const { t, format } = useI18n();
  const allBox = useRef<HTMLInputElement>(null);
  const chosen = people.filter((p) => selected.has(p.participantKey)).length;
  const all = people.length > 0 && chosen === people.length;
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (!next.delete(key)) next.add(key);
    onSelect(next);
  };
  const columns = {
    person: t('completeness.col.person'),
    account: t('completeness.col.account'),
    goal: t('completeness.col.goal'),
    nextDue: t('completeness.col.nextDue'),
    lastActivity: t('completeness.col.lastActivity'),
    lastReminded: t('completeness.col.lastReminded'),
    scheduled: t('completeness.col.scheduled'),
    actions: t('completeness.col.actions'),
  };
  return (
    <>
      <label className="cp-select-all">
        <input
          ref={allBox}
          type="checkbox"
          checked={all}
          disabled={people.length === 0}
          onChange={() => onSelect(all ? new Set() : new Set(people.map((p) => p.participantKey)))}
          data-testid="select-all"
        />
        {t('completeness.selectAll')}
      </label>
      <div className="mq-table-wrap cp-table-wrap">
        <table className="mq-table cp-table" data-testid="completeness-table">
          <caption className="mq-sr-only">{t('completeness.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="mq-sr-only">{t('completeness.col.select')}</span>
              </th>
              {Object.values(columns).map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const name = personName(person);
              const progress = person.goalProgress;
              return (
                <tr
                  key={person.participantKey}
                  data-testid="completeness-row"
                  data-key={person.participantKey}
                >
                  <td className="cp-table__select">
                    <input
                      type="checkbox"
                      checked={selected.has(person.participantKey)}
                      onChange={() => toggle(person.participantKey)}
                      aria-label={t('completeness.selectPerson', { name })}
                    />
                  </td>
                  <th scope="row" data-label={columns.person} className="cp-table__person">
                    <span className="cp-table__name">{name}</span>{' '}
                    <span className="cp-table__key">{person.participantKey}</span>
                    {person.enrollmentStatus !== 'ENROLLED' ? (
                      <span className="cp-table__status">
                        {t(`completeness.status.${person.enrollmentStatus}`)}
                      </span>
                    ) : null}
                  </th>
                  <td data-label={columns.account}>
                    <span
                      className={`cp-badge cp-badge--${person.account.toLowerCase()}`}
                      data-testid="account"
                    >
                      {t(`completeness.account.${person.account}`)}
                    </span>
                  </td>
                  <td data-label={columns.goal}>
                    <span
                      className={`cp-badge cp-progress--${progress ? progress.toLowerCase() : 'none'}`}
                      data-testid="goal-progress"
                    >
                      {progress ? t(`completeness.progress.${progress}`) : t('completeness.progress.none')}
                    </span>
                    {person.goals > 1 ? (
                      <span className="cp-table__goals">
                        {' '}
                        ({t('completeness.goalCount', { count: format.number(person.goals, 0) })})
                      </span>
                    ) : null}
                  </td>
                  <td data-label={columns.nextDue}>{format.date(person.nextDueOn)}</td>
                  <td data-label={columns.lastActivity}>
                    {person.lastActivityOn ? format.date(person.lastActivityOn) : t('completeness.none')}
                  </td>
                  <td data-label={columns.lastReminded}>
                    {person.lastRemindedAt ? format.dateTime(person.lastRemindedAt) : t('completeness.never')}
                  </td>
                  <td data-label={columns.scheduled}>{format.number(person.scheduledReminders, 0)}</td>
                  <td data-label={columns.actions}>
                    <button
                      type="button"
                      className="mq-button mq-button--quiet cp-remind-one"
                      aria-label={t('completeness.remindOne', { name })}
                      onClick={() => onRemind(person)}
                      data-testid="remind-one"
                    >
                      {t('completeness.remind')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
