import { todayInBerlin } from '@mintq/ui';
import { useState } from 'react';
import { InputField, SelectField } from '../../../common/components/Field.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { funderOptions } from '../funderOptions.js';
import { useGenerateReport } from '../hooks/useGenerateReport.js';
import { useReportFunders } from '../hooks/useReportFunders.js';
import { useReportsPageMessages } from '../hooks/useReportsPageMessages.js';

/** Props of {@link GenerateReportForm}. */
export interface GenerateReportFormProps {
  /** Called with the id of the report just stored, e.g. to open its preview. */
  onGenerated: (id: string) => void;
}

/** The form that generates a funder report: funder, period, language, with progress while it runs. */
export function GenerateReportForm({ onGenerated }: GenerateReportFormProps) {
  const m = useReportsPageMessages();
  const { t } = useI18n();
  const { funders } = useReportFunders();
  const { generate, loading, error, report } = useGenerateReport();
  // Reports are dated where they are made: the default period is this year up to today in Berlin.
  const today = todayInBerlin();
  const [funder, setFunder] = useState('');
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [language, setLanguage] = useState<'de' | 'en'>('de');
  const invalidPeriod = from !== '' && to !== '' && from > to;
  return (
    <SectionCard title={m.generateTitle}>
      <form
        className="mq-app-filters rq-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!funder || invalidPeriod) return;
          void generate({ funder, from, to, language })
            .then((created) => {
              if (created) onGenerated(created.id);
            })
            // The error is shown from the mutation state.
            .catch(() => undefined);
        }}
      >
        <SelectField
          label={m.generateFor}
          value={funder}
          required
          options={funderOptions(m.chooseFunder, funders)}
          onChange={setFunder}
        />
        <InputField label={m.from} type="date" value={from} required onChange={setFrom} />
        <InputField label={m.to} type="date" value={to} required onChange={setTo} />
        <SelectField
          label={m.language}
          value={language}
          options={[
            { value: 'de', label: m.german },
            { value: 'en', label: m.english },
          ]}
          onChange={(value) => setLanguage(value === 'en' ? 'en' : 'de')}
        />
        <button type="submit" className="mq-button" disabled={loading || !funder || invalidPeriod}>
          {loading ? m.generating : m.generate}
        </button>
      </form>
      {invalidPeriod ? (
        <p className="mq-app-error" role="alert">
          {m.invalidPeriod}
        </p>
      ) : null}
      {loading ? (
        <div role="status" aria-live="polite" className="rq-progress">
          <progress className="mq-app-progress" aria-label={m.generating} />
          <span>{m.generating}</span>
        </div>
      ) : null}
      {error && !loading ? (
        <p className="mq-app-error" role="alert">
          {m.generateFailed(graphqlErrorText(error, t))}
        </p>
      ) : null}
      {report && !loading && !error ? (
        <p className="mq-app-ok" role="status">
          {m.generated}
        </p>
      ) : null}
    </SectionCard>
  );
}
