import type { ReportContent, ReportMeta } from '@mintq/contract';
import { ReportChapter } from '../ReportChapter.js';
import { useReportLocale } from '../report-locale.js';

/** Props of {@link MethodsSection}. */
export interface MethodsSectionProps {
  content: ReportContent;
  meta: ReportMeta;
}

/** Methodik: plain-language definitions, the suppression rule, data sources, as-of date and versions. */
export function MethodsSection({ content, meta }: MethodsSectionProps) {
  const { t, format, k } = useReportLocale();
  return (
    <ReportChapter id="methodik" title={t.methodsTitle} intro={t.methodsIntro}>
      <h3 className="rp-subtitle">{t.definitionsTitle}</h3>
      <dl className="rp-definitions">
        {t.definitions.map((definition) => (
          <div key={definition.term} className="rp-definitions__entry">
            <dt>{definition.term}</dt>
            <dd>{definition.text}</dd>
          </div>
        ))}
      </dl>
      <h3 className="rp-subtitle">{t.suppressionTitle}</h3>
      <p>{t.suppressionRule(k)}</p>
      <h3 className="rp-subtitle">{t.sourcesTitle}</h3>
      <p>{t.sourcesIntro}</p>
      {content.sources.length === 0 ? (
        <p className="rp-note">{t.noSources}</p>
      ) : (
        // By number and date only (a snapshot stored before 2026-12-05 also lists files: not shown).
        <table className="mq-table rp-sources">
          <caption className="mq-table__caption">{t.sourcesTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.sourceBatch}</th>
              <th scope="col">{t.sourceDate}</th>
            </tr>
          </thead>
          <tbody>
            {content.sources.map((source) => (
              <tr key={source.id}>
                <th scope="row">{source.id}</th>
                <td>{format.date(source.finishedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="rp-subtitle">{t.versionTitle}</h3>
      <dl className="rp-facts">
        <div>
          <dt>{t.asOf}</dt>
          <dd>{format.date(content.asOf)}</dd>
        </div>
        <div>
          <dt>{t.definitionsVersion}</dt>
          <dd>{content.definitionsVersion}</dd>
        </div>
        <div>
          <dt>{t.reportId}</dt>
          <dd>{meta.id}</dd>
        </div>
        <div>
          <dt>{t.createdBy}</dt>
          <dd>{t.creatorRoles[meta.createdBy]}</dd>
        </div>
        <div>
          <dt>{t.fingerprint}</dt>
          <dd>
            <code className="rp-hash">{meta.contentHash}</code>
          </dd>
        </div>
      </dl>
    </ReportChapter>
  );
}
