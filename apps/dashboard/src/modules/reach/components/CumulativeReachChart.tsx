import { CumulativeLineChart, EmptyState } from '@mintq/ui';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { Reach } from '../hooks/useReach.js';

type Month = Pick<Reach['byMonth'][number], 'month' | 'cumulativeInitiativesReached' | 'suppressed'>;

/** The cumulative number of distinct initiatives reached, month by month, as the API counts it. */
export function CumulativeReachChart({ months, width }: { months: readonly Month[]; width: number }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  if (months.length === 0) return <EmptyState title={t('status.empty')} />;
  return (
    <CumulativeLineChart
      data={months}
      month={(m) => m.month}
      value={(m) => m.cumulativeInitiativesReached ?? null}
      suppressed={(m) => m.suppressed}
      width={width}
      locale={format.locale}
      labels={{ chart: t('overview.cumulativeTitle'), value: t('reach.cumulative'), suppressed }}
    />
  );
}
