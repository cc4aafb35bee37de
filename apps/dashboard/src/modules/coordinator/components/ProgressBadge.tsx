import type { GoalProgress } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';

/** A goal's progress as a word with a symbol, never colour alone. */
const SYMBOL: Record<GoalProgress, string> = { SET: '○', INTERIM: '◐', DUE: '!', OVERDUE: '‼', CHECKED: '✓' };

/** The progress badge of a goal ("Überprüfung fällig" …). */
export function ProgressBadge({ progress }: { progress: GoalProgress }) {
  const { t } = useI18n();
  return (
    <span
      className={`my-badge my-badge--${progress.toLowerCase()}`}
      data-testid="goal-progress"
      data-progress={progress}
    >
      <span aria-hidden="true">{SYMBOL[progress]} </span>
      {t(`my.progress.${progress}`)}
    </span>
  );
}
