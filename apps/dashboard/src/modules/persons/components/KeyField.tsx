import { InputField } from '../../../common/components/Field.js';

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
  return <InputField label={label} value={value} onChange={onChange} autoComplete="off" spellCheck={false} />;
}
