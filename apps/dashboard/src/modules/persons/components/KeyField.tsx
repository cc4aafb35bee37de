import { useId } from 'react';

/** A labelled field for a participant's key: no autocompletion or spell check (keys are codes). */
export function KeyField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="mq-app-filter">
      <label className="mq-app-filter__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="mq-app-input"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
