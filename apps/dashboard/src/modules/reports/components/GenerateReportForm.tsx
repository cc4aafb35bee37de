import { todayInBerlin } from '@mintq/ui';
import { useId, useState } from 'react';
import { graphqlErrorMessage } from '../../../common/graphqlErrorCode.js';
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
  const id = useId();
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
    <section className="mq-app-card" aria-labelledby={`${id}-title`}>
      <h2 className="mq-app-section-title" id={`${id}-title`}>
        {m.generateTitle}
      </h2>
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
        <div className="mq-app-filter">
          <label className="mq-app-filter__label" htmlFor={`${id}-funder`}>
            {m.funder}
          </label>
          <select
            id={`${id}-funder`}
            className="mq-app-select"
            value={funder}
            required
            onChange={(event) => setFunder(event.target.value)}
          >
            <option value="">{m.chooseFunder}</option>
            {funders.map((f) => (
              <option key={f.key} value={f.key}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div className="mq-app-filter">
          <label className="mq-app-filter__label" htmlFor={`${id}-from`}>
            {m.from}
          </label>
          <input
            id={`${id}-from`}
            className="mq-app-input"
            type="date"
            value={from}
            required
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="mq-app-filter">
          <label className="mq-app-filter__label" htmlFor={`${id}-to`}>
            {m.to}
          </label>
          <input
            id={`${id}-to`}
            className="mq-app-input"
            type="date"
            value={to}
            required
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <div className="mq-app-filter">
          <label className="mq-app-filter__label" htmlFor={`${id}-language`}>
            {m.language}
          </label>
          <select
            id={`${id}-language`}
            className="mq-app-select"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'de')}
          >
            <option value="de">{m.german}</option>
            <option value="en">{m.english}</option>
          </select>
        </div>
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
          {m.generateFailed(graphqlErrorMessage(error))}
        </p>
      ) : null}
      {report && !loading && !error ? (
        <p className="mq-app-ok" role="status">
          {m.generated}
        </p>
      ) : null}
    </section>
  );
}
