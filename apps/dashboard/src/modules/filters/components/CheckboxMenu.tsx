import { useId } from 'react';

/** Props of {@link CheckboxMenu}. */
export interface CheckboxMenuProps {
  label: string;
  /** Shown on the closed menu when nothing is ticked, e.g. "Alle Bundesländer". */
  allLabel: string;
  /** Shown on the closed menu when some are ticked, e.g. "3 ausgewählt". */
  selectedLabel: (count: number) => string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  testId?: string;
}

/** A multi-select as a disclosure of checkboxes: native, keyboard-friendly and fine on phones. */
export function CheckboxMenu({
  label,
  allLabel,
  selectedLabel,
  options,
  selected,
  onChange,
  testId,
}: CheckboxMenuProps) {
  const id = useId();
  const chosen = new Set(selected);
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : selectedLabel(selected.length);
  return (
    <div className="mq-app-filter">
      <span className="mq-app-filter__label" id={`${id}-label`}>
        {label}
      </span>
      <details className="mq-app-menu" data-testid={testId}>
        <summary aria-describedby={`${id}-label`}>{summary}</summary>
        <fieldset className="mq-app-menu__list">
          <legend className="mq-sr-only">{label}</legend>
          {options.map((option) => (
            <label key={option.value} className="mq-app-menu__option">
              <input
                type="checkbox"
                value={option.value}
                checked={chosen.has(option.value)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(option.value);
                  else next.delete(option.value);
                  onChange([...next]);
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
