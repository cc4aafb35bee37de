import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { ACTIVITY_FORMATS, ENTRY_LIMITS, INITIATIVE_KINDS } from '@mintq/contract';
import { todayInBerlin } from '@mintq/ui';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useController, useFieldArray, useForm } from 'react-hook-form';
import type {
  ActivityFormat,
  InitiativeKind,
  MyActivityFieldsFragment,
  MyInitiativesQuery,
} from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { SelectControl, TextField } from '../../accounts/components/FormField.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { type ActivityFormValues, activitySchema, parseCount } from '../entrySchemas.js';
import { saveMyActivityMutation } from '../graphql/myEntriesQueries.js';
import { useFormDraft } from '../hooks/useFormDraft.js';
import { ChoiceGroup, DraftNotice, FormActions, SaveError } from './EntryFields.js';

type Initiative = MyInitiativesQuery['myInitiatives'][number];

/** The GraphQL enums of the contract's lists (`network_meeting` → `NETWORK_MEETING`). */
export const FORMAT_VALUES = ACTIVITY_FORMATS.map((f) => f.toUpperCase() as ActivityFormat);
export const KIND_VALUES = INITIATIVE_KINDS.map((k) => k.toUpperCase() as InitiativeKind);

/** Props of {@link ActivityForm}. */
export interface ActivityFormProps {
  /** The activity to change; null for a new one. */
  activity: MyActivityFieldsFragment | null;
  initiatives: readonly Initiative[];
  /** The coordinator's first cohort start: no activity before it. */
  earliest: string | undefined;
  onSaved(activity: MyActivityFieldsFragment): void;
  onCancel(): void;
}

function defaultsOf(activity: MyActivityFieldsFragment | null): ActivityFormValues {
  return {
    occurredOn: activity?.occurredOn ?? todayInBerlin(),
    format: activity?.format ?? '',
    title: activity?.title ?? '',
    educatorsReached: activity?.educatorsReached == null ? '' : String(activity.educatorsReached),
    youthReachedEstimate: activity?.youthReachedEstimate == null ? '' : String(activity.youthReachedEstimate),
    initiativeKeys: activity?.initiatives.map((i) => i.key) ?? [],
    newInitiatives: [],
  };
}

/**
 * Logs or changes a transfer activity: date, kind, title, the initiatives of the network it
 * reached (picked from a filterable list, or added), and the people reached. What is typed
 * survives a failed save, a lost connection and a reload (draft).
 */
export function ActivityForm({ activity, initiatives, earliest, onSaved, onCancel }: ActivityFormProps) {
  const { t, format } = useI18n();
  const { viewer } = useViewer();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const today = todayInBerlin();
  const schema = useMemo(
    () =>
      activitySchema(t, {
        formats: FORMAT_VALUES,
        kinds: KIND_VALUES,
        earliest,
        today,
        formatDate: format.date,
      }),
    [t, format, earliest, today],
  );
  const form = useForm<ActivityFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaultsOf(activity),
  });
  const { register, handleSubmit, formState, control } = form;
  const draft = useFormDraft({
    form,
    email: viewer?.email,
    name: 'activity',
    entryKey: activity?.key ?? null,
  });
  const newOnes = useFieldArray({ control, name: 'newInitiatives' });
  const picked = useController({ control, name: 'initiativeKeys' });
  const pickedGroup = useRef<HTMLDivElement>(null);
  const [filter, setFilter] = useState('');
  const [save, { loading, error }] = useMutation(saveMyActivityMutation);
  const errors = formState.errors;

  useEffect(() => heading.current?.focus(), []);

  // An error of the list moves the focus to its first checkbox (or the first "add" button).
  const { ref: pickedRef } = picked.field;
  useEffect(() => {
    pickedRef({
      focus: () =>
        (pickedGroup.current?.querySelector('input[type="checkbox"], button') as HTMLElement | null)?.focus(),
    });
  }, [pickedRef]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await save({
      variables: {
        input: {
          key: activity?.key ?? null,
          occurredOn: values.occurredOn,
          format: values.format as ActivityFormat,
          title: values.title.trim(),
          educatorsReached: parseCount(values.educatorsReached),
          youthReachedEstimate: parseCount(values.youthReachedEstimate),
          initiativeKeys: values.initiativeKeys,
          newInitiatives: values.newInitiatives.map((n) => ({
            name: n.name.trim(),
            kind: n.kind === '' ? null : (n.kind as InitiativeKind),
          })),
        },
      },
    }).catch(() => null);
    const saved = result?.data?.saveMyActivity;
    if (!saved) return;
    draft.clear();
    onSaved(saved);
  });

  const needle = filter.trim().toLocaleLowerCase();
  const selected = new Set(picked.field.value);
  // Ticked ones stay in view whatever the filter says: a filter never hides a choice made.
  const shown = initiatives.filter((i) => selected.has(i.key) || i.name.toLocaleLowerCase().includes(needle));
  const toggle = (key: string, on: boolean) =>
    picked.field.onChange(on ? [...picked.field.value, key] : picked.field.value.filter((k) => k !== key));
  const kindOptions = [
    { value: '', label: t('my.initiativeKind.none') },
    ...KIND_VALUES.map((k) => ({ value: k, label: t(`my.initiativeKind.${k}`) })),
  ];

  return (
    <section
      className="mq-app-card my-card my-form-card"
      aria-labelledby={headingId}
      data-testid="activity-form"
    >
      <h2 className="mq-app-section-title" id={headingId} ref={heading} tabIndex={-1}>
        {activity ? t('my.activities.edit') : t('my.activities.new')}
      </h2>
      <DraftNotice draft={draft} />
      <form className="ac-form my-form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <TextField
          label={t('my.activityForm.occurredOn')}
          type="date"
          min={earliest}
          max={today}
          error={errors.occurredOn?.message}
          {...register('occurredOn')}
        />
        <SelectControl
          label={t('my.activityForm.format')}
          options={[
            { value: '', label: t('my.form.choose') },
            ...FORMAT_VALUES.map((f) => ({ value: f, label: t(`my.format.${f}`) })),
          ]}
          error={errors.format?.message}
          {...register('format')}
        />
        <TextField
          label={t('my.activityForm.title')}
          maxLength={ENTRY_LIMITS.titleMaxChars}
          error={errors.title?.message}
          {...register('title')}
        />
        <ChoiceGroup
          legend={t('my.activityForm.initiatives')}
          hint={t('my.activityForm.initiativesHint')}
          error={errors.initiativeKeys?.message}
          testId="activity-initiatives"
        >
          {(describedBy, invalid) => (
            <div ref={pickedGroup} className="my-initiatives">
              <TextField
                label={t('my.activityForm.filter')}
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
              <ul className="my-initiatives__list">
                {shown.map((initiative) => (
                  <li key={initiative.key}>
                    <label className="my-choice">
                      <input
                        type="checkbox"
                        checked={selected.has(initiative.key)}
                        onChange={(e) => toggle(initiative.key, e.target.checked)}
                        onBlur={picked.field.onBlur}
                        aria-describedby={describedBy}
                        aria-invalid={invalid || undefined}
                      />
                      <span>
                        {initiative.name}
                        {initiative.kind ? (
                          <span className="my-choice__detail">
                            {' '}
                            {t(`my.initiativeKind.${initiative.kind}`)}
                          </span>
                        ) : null}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              {shown.length === 0 && initiatives.length > 0 ? <p>{t('my.activityForm.noMatch')}</p> : null}
              {newOnes.fields.map((field, i) => (
                <div key={field.id} className="my-new-initiative" data-testid="new-initiative">
                  <TextField
                    label={t('my.activityForm.newName', { n: i + 1 })}
                    maxLength={ENTRY_LIMITS.titleMaxChars}
                    error={errors.newInitiatives?.[i]?.name?.message}
                    {...register(`newInitiatives.${i}.name` as const)}
                  />
                  <SelectControl
                    label={t('my.activityForm.newKind', { n: i + 1 })}
                    options={kindOptions}
                    error={errors.newInitiatives?.[i]?.kind?.message}
                    {...register(`newInitiatives.${i}.kind` as const)}
                  />
                  <button
                    type="button"
                    className="mq-button mq-button--quiet"
                    onClick={() => newOnes.remove(i)}
                  >
                    {t('my.activityForm.removeNew', { n: i + 1 })}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="mq-button mq-button--quiet"
                onClick={() => newOnes.append({ name: '', kind: '' })}
              >
                {t('my.activityForm.addInitiative')}
              </button>
            </div>
          )}
        </ChoiceGroup>
        <TextField
          label={t('my.activityForm.educators')}
          inputMode="numeric"
          error={errors.educatorsReached?.message}
          {...register('educatorsReached')}
        />
        <TextField
          label={t('my.activityForm.youth')}
          inputMode="numeric"
          error={errors.youthReachedEstimate?.message}
          {...register('youthReachedEstimate')}
        />
        <SaveError error={error} />
        <FormActions saveLabel="my.activityForm.save" loading={loading} draft={draft} onCancel={onCancel} />
      </form>
    </section>
  );
}
