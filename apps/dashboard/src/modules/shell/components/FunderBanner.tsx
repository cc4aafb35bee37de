import { SUPPRESSION_K } from '../../../common/suppressionK.js';
import { useI18n } from '../../../i18n/useI18n.js';

/** Tells a funder user, on every page, that they see their funded scope only, small numbers hidden. */
export function FunderBanner({ funder }: { funder: string }) {
  const { t } = useI18n();
  return (
    <p role="note" data-testid="funder-banner">
      {t('funder.banner', { funder, k: SUPPRESSION_K })}
    </p>
  );
}
