import { useSuppressionK } from '../../../common/hooks/useSuppressionK.js';
import { useI18n } from '../../../i18n/useI18n.js';

/**
 * Tells a funder user, on every page, that they see their funded scope only, and the rule by
 * which numbers are hidden, word for word as docs/privacy.md states it, with the API's k.
 */
export function FunderBanner({ funder }: { funder: string }) {
  const { t } = useI18n();
  const k = useSuppressionK();
  return (
    <div role="note" className="mq-app-funder-banner" data-testid="funder-banner">
      <p>{t('funder.banner', { funder })}</p>
      <p data-testid="funder-rule">
        {k === null ? t('funder.ruleWithoutK') : t('funder.rule', { k, k1: k - 1 })}
      </p>
    </div>
  );
}
