import type { ReportSnapshot } from '@mintq/contract';
import { useReportLocale } from '../report-locale.js';

/** Props of {@link CoverPage}. */
export interface CoverPageProps {
  snapshot: ReportSnapshot;
  /** The chapters in order, for the table of contents. */
  chapters: readonly { id: string; title: string }[];
}

/** The Deckblatt: funder, programme, period, date of the report and its fingerprint. */
export function CoverPage({ snapshot, chapters }: CoverPageProps) {
  const { t, format, k } = useReportLocale();
  const { content, meta } = snapshot;
  // createdAt is an instant; the date printed is the one in Germany, where the report is made.
  const created = new Intl.DateTimeFormat(format.locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date(meta.createdAt));
  return (
    <section className="rp-cover" aria-labelledby="rp-cover-title">
      <p className="rp-cover__brand">
        <span className="rp-cover__mark">mintq</span> {content.programme}
      </p>
      <h1 className="rp-cover__title" id="rp-cover-title">
        {t.reportTitle}
        <span className="rp-cover__funder">{content.funder.name}</span>
      </h1>
      <p className="rp-cover__subtitle">{t.reportSubtitle}</p>
      <dl className="rp-cover__facts">
        <div>
          <dt>{t.funder}</dt>
          <dd>{content.funder.name}</dd>
        </div>
        <div>
          <dt>{t.programme}</dt>
          <dd>{content.programme}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>
            {format.date(content.period.from)} – {format.date(content.period.to)}
          </dd>
        </div>
        <div>
          <dt>{t.asOf}</dt>
          <dd>{format.date(content.asOf)}</dd>
        </div>
        <div>
          <dt>{t.createdOn}</dt>
          <dd>{created}</dd>
        </div>
        <div className="rp-cover__fingerprint">
          <dt>{t.fingerprint}</dt>
          <dd>
            <code className="rp-hash">{meta.contentHash}</code>
            <span className="rp-cover__note">{t.fingerprintNote}</span>
          </dd>
        </div>
      </dl>
      <nav className="rp-cover__contents" aria-labelledby="rp-contents-title">
        <h2 className="rp-cover__contents-title" id="rp-contents-title">
          {t.contents}
        </h2>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.id}>
              <a href={`#${chapter.id}`}>{chapter.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="rp-cover__privacy">{t.coverPrivacy(k)}</p>
    </section>
  );
}
