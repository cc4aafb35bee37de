import type { ReportContent, ReportEvent } from '@mintq/contract';
import { DataTable, KpiCard } from '@mintq/ui';
import { ReportChapter } from '../ReportChapter.js';
import { ReportFigure } from '../ReportFigure.js';
import { useReportLocale } from '../report-locale.js';

/** Props of {@link EventFeedbackSection}. */
export interface EventFeedbackSectionProps {
  content: ReportContent;
}

/** Transferwerkstatt-Feedback: responses and Net Promoter Score per event questionnaire. */
export function EventFeedbackSection({ content }: EventFeedbackSectionProps) {
  const { t, format, labels } = useReportLocale();
  const locale = format.locale;
  return (
    <ReportChapter id="transferwerkstatt" title={t.eventsTitle} intro={t.eventsIntro}>
      {content.events.length === 0 ? <p className="rp-note">{t.noEvents}</p> : null}
      {content.events.map((event) => (
        <div className="rp-kpis rp-kpis--pair" key={event.instrument.key}>
          <KpiCard
            label={`${t.eventResponses} – ${event.instrument.name}`}
            value={event.feedback.responses}
            suppressed={event.feedback.suppressed}
            locale={locale}
            labels={labels}
          />
          <KpiCard
            label={`${t.eventNps} – ${event.instrument.name}`}
            value={event.feedback.nps}
            suppressed={event.feedback.suppressed}
            format={(v) => format.signed(v, 0)}
            description={t.npsScale}
            locale={locale}
            labels={labels}
          />
        </div>
      ))}
      {content.events.length > 0 ? (
        <ReportFigure
          title={t.eventsTitle}
          table={
            <DataTable
              caption={t.eventsTitle}
              hideCaption
              columns={[
                {
                  key: 'instrument',
                  header: t.eventInstrument,
                  value: (row: ReportEvent) => row.instrument.name,
                  rowHeader: true,
                },
                {
                  key: 'responses',
                  header: t.eventResponses,
                  value: (row: ReportEvent) => row.feedback.responses,
                  suppressed: (row: ReportEvent) => row.feedback.suppressed,
                },
                {
                  key: 'nps',
                  header: t.eventNps,
                  value: (row: ReportEvent) =>
                    row.feedback.nps === null ? null : format.signed(row.feedback.nps, 0),
                  suppressed: (row: ReportEvent) => row.feedback.suppressed,
                },
              ]}
              rows={content.events}
              rowKey={(row) => row.instrument.key}
              locale={locale}
              labels={labels}
            />
          }
        />
      ) : null}
    </ReportChapter>
  );
}
