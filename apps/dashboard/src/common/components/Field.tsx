import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

/** Props of {@link Field}. */
export interface FieldProps {
  /** The visible label of the control. */
  label: string;
  /** Room for long option texts: on a phone the control then takes a line of its own. */
  wide?: boolean;
  /** The control, given the id its label points to. */
  children: (id: string) => ReactNode;
}

/** A labelled control of a filter bar or form: the label above, the control below. */
export function Field({ label, wide = false, children }: FieldProps) {
  const id = useId();
  return (
    <div className={wide ? 'mq-app-filter mq-app-filter--wide' : 'mq-app-filter'}>
      <label className="mq-app-filter__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** One choice of a {@link SelectField}. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  required?: boolean;
  testId?: string;
}

/** A labelled native select of one value (never several). */
export function SelectField({ value, options, onChange, required, testId, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(id) => (
        <select
          id={id}
          className="mq-app-select"
          value={value}
          required={required}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Props of {@link InputField}. */
export interface InputFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
}

/** A labelled text or date input. */
export function InputField({ label, value, onChange, testId, ...input }: InputFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          className="mq-app-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
          {...input}
        />
      )}
    </Field>
  );
}
