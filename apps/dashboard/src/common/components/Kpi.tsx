import { KpiCard, type KpiCardProps } from '@mintq/ui';
import { useI18n } from '../../i18n/useI18n.js';
import { useSuppressedLabel } from '../hooks/useSuppressedLabel.js';

/** A {@link KpiCard} in the user's locale, findable by `data-testid` (e.g. `kpi-multipliers`). */
export function Kpi({ testId, ...props }: Omit<KpiCardProps, 'labels' | 'locale'> & { testId: string }) {
  const { format } = useI18n();
  const suppressed = useSuppressedLabel();
  return (
    <div className="mq-app-kpi" data-testid={testId} data-suppressed={props.suppressed ? 'true' : undefined}>
      <KpiCard {...props} locale={format.locale} labels={{ suppressed }} />
    </div>
  );
}
