import type { MessageKey } from '../../i18n/de.js';
import { de } from '../../i18n/de.js';
import { useI18n } from '../../i18n/useI18n.js';

/**
 * The name of an import entity (a bundle file's table, or the answers inside responses) in the
 * user's language, e.g. `checkins` → „Zielüberprüfungen“; an entity the catalogue does not know
 * keeps its table name.
 */
export function useEntityLabel(): (entity: string) => string {
  const { t } = useI18n();
  return (entity) => {
    const key = `imports.entities.${entity}`;
    return key in de ? t(key as MessageKey) : entity;
  };
}
