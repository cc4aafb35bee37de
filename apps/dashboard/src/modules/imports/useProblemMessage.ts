import type { ImportProblem } from '@mintq/contract';
import type { MessageKey } from '../../i18n/de.js';
import { de } from '../../i18n/de.js';
import { useI18n } from '../../i18n/useI18n.js';
import { useEntityLabel } from './useEntityLabel.js';

/**
 * An import problem in the user's language, from its code and values (`imports.problem.<code>`),
 * numbers in the locale and an entity by its name (`unknown_reference`); the server's English
 * text only for a code this dashboard does not know yet.
 */
export function useProblemMessage(): (problem: ImportProblem) => string {
  const { t, format } = useI18n();
  const entityLabel = useEntityLabel();
  return ({ code, params, message }) => {
    const key = `imports.problem.${code}`;
    if (!(key in de)) return message;
    const worded = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'number'
          ? format.number(value, Number.isInteger(value) ? 0 : 2)
          : name === 'entity'
            ? entityLabel(value)
            : value,
      ]),
    );
    return t(key as MessageKey, worded);
  };
}
