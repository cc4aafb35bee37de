import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { useId } from 'react';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { FormDraft } from '../hooks/useFormDraft.js';

/** Props of {@link TextAreaField}: a textarea's (`register(name)` included), its label, hint and error. */
export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled textarea framed like the accounts' `TextField`: hint and error tied by `aria-describedby`. */
export function TextAreaField({ label, hint, error, ref, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="ac-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="ac-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        rows={3}
        {...textarea}
        ref={ref}
        id={id}
        className="mq-app-input my-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error ? (
        <p className="ac-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props of {@link ChoiceGroup}. */
export interface ChoiceGroupProps {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The options, each given the ids to describe itself with (hint and error). */
  children(describedBy: string | undefined, invalid: boolean): ReactNode;
  className?: string;
  testId?: string;
}

/**
 * A group of radio buttons or checkboxes named by its legend; the hint and the field's error are
 * tied to every option, so a screen reader says them at whichever option has the focus.
 */
export function ChoiceGroup({ legend, hint, error, children, className, testId }: ChoiceGroupProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={className ? `my-choices ${className}` : 'my-choices'} data-testid={testId}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="ac-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children(described || undefined, Boolean(error))}
      {error ? (
        <p className="ac-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** "Entwurf wiederhergestellt" with its discard button, while a restored draft is shown. */
export function DraftNotice({ draft }: { draft: FormDraft }) {
  const { t } = useI18n();
  if (!draft.restored) return null;
  return (
    <div className="mq-app-notice my-draft" role="status" data-testid="draft-restored">
      <p>{t('my.draft.restored')}</p>
      <button type="button" className="mq-button mq-button--quiet" onClick={draft.discard}>
        {t('my.draft.discard')}
      </button>
    </div>
  );
}

/** A failed save: why, in the reader's language, and that nothing typed is lost. */
export function SaveError({ error, children }: { error: unknown; children?: ReactNode }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="mq-app-error my-save-error" role="alert" data-testid="save-error">
      <p>{t('my.form.failed', { message: graphqlErrorText(error, t) })}</p>
      {children}
    </div>
  );
}

/** Save and cancel under an entry form. Cancelling is deliberate: the draft goes with it. */
export function FormActions({
  saveLabel,
  loading,
  draft,
  onCancel,
}: {
  saveLabel: MessageKey;
  loading: boolean;
  draft: FormDraft;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="mq-app-actions my-actions">
      <button type="submit" className="mq-button" disabled={loading}>
        {loading ? t('my.form.saving') : t(saveLabel)}
      </button>
      <button
        type="button"
        className="mq-button mq-button--quiet"
        onClick={() => {
          draft.clear();
          onCancel();
        }}
      >
        {t('my.form.cancel')}
      </button>
    </div>
  );
}
