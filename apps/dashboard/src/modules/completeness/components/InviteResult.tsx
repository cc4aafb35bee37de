import { SectionCard } from '../../../common/components/SectionCard.js';
import type { InviteParticipantsMutation } from '../../../gql/graphql.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';

/** Why the API skipped a person (`SkippedInvitation.reason`). */
const SKIP_REASONS = ['NO_EMAIL', 'ALREADY_HAS_ACCOUNT', 'EMAIL_TAKEN', 'WITHDRAWN'] as const;

function skipText(reason: string, t: (key: MessageKey) => string): string {
  return (SKIP_REASONS as readonly string[]).includes(reason)
    ? t(`completeness.skip.${reason as (typeof SKIP_REASONS)[number]}`)
    : reason;
}

/** Props of {@link InviteResult}. */
export interface InviteResultProps {
  result: InviteParticipantsMutation['inviteParticipants'];
  /** Names by participant key. */
  names: ReadonlyMap<string, string>;
  onClose(): void;
}

/** Who was invited, and who not and why, after "Einladen". */
export function InviteResult({ result, names, onClose }: InviteResultProps) {
  const { t, format } = useI18n();
  const name = (key: string) => {
    const known = names.get(key);
    return known && known !== key ? `${known} (${key})` : key;
  };
  return (
    <SectionCard
      title={t('completeness.invitedTitle')}
      testId="invite-result"
      headerClassName="ac-card__header"
      tools={
        <button type="button" className="mq-button mq-button--quiet" onClick={onClose}>
          {t('completeness.close')}
        </button>
      }
    >
      <div role="status">
        <p className="cp-result__head">
          {t('completeness.invitedList', { count: format.number(result.invited.length, 0) })}
        </p>
        <ul className="cp-result__list" data-testid="invited">
          {result.invited.map((key) => (
            <li key={key}>{name(key)}</li>
          ))}
        </ul>
        {result.skipped.length > 0 ? (
          <>
            <p className="cp-result__head">
              {t('completeness.skippedList', { count: format.number(result.skipped.length, 0) })}
            </p>
            <ul className="cp-result__list" data-testid="skipped">
              {result.skipped.map((s) => (
                <li key={s.participantKey}>
                  {name(s.participantKey)}: {skipText(s.reason, t)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </SectionCard>
  );
}
