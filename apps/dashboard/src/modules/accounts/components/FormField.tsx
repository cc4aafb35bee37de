import { type InputHTMLAttributes, type Ref, type SelectHTMLAttributes, useId } from 'react';

/** What every form control of the account pages has: its label, its rule, its error. */
interface FieldFrame {
  label: string;
  /** Said before submitting, e.g. the password rule; read out with the control. */
  hint?: string;
  /** The field's own error after a submit, in the reader's language. */
  error?: string | undefined;
}

/** Props of {@link TextField}: an input's (`register(name)` included) and its frame. */
export type TextFieldProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & { ref?: Ref<HTMLInputElement> };

/**
 * A labelled input with its hint and field-level error, both tied to it by `aria-describedby`,
 * and `aria-invalid` while the error stands: screen readers say what is wrong where it is wrong.
 */
export function TextField({ label, hint, error, ref, ...input }: TextFieldProps) {
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
      <input
        {...input}
        ref={ref}
        id={id}
        className="mq-app-input"
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

/** Props of {@link SelectControl}. */
export type SelectControlProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    ref?: Ref<HTMLSelectElement>;
    options: readonly { value: string; label: string }[];
  };

/** A labelled native select with the same frame as {@link TextField}. */
export function SelectControl({ label, hint, error, ref, options, ...select }: SelectControlProps) {
  const id = useId();
  return (
    <div className="ac-field">
      <label htmlFor={id}>{label}</label>
      <select
        {...select}
        ref={ref}
        id={id}
        className="mq-app-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="ac-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
