import { useSuppressionK } from '../../../common/hooks/useSuppressionK.js';
import { useI18n } from '../../../i18n/useI18n.js';

/** Tells a funder user, on every page, that they see their funded scope only, small numbers hidden. */
export function FunderBanner({ funder }: { funder: string }) {
  const { t } = useI18n();
  const k = useSuppressionK();
  return (
    <p role="note" data-testid="funder-banner">
      {k === null ? t('funder.bannerWithoutK', { funder }) : t('funder.banner', { funder, k })}
    </p>
  );
}
