import type { ReportModel } from '@mintq/report-model';
import { ReportFacts } from './ReportBlocks.js';

/** The Deckblatt: funder, programme, period, date of the report, its fingerprint and the contents. */
export function CoverPage({ model }: { model: ReportModel }) {
  const { cover } = model;
  return (
    <section className="rp-cover" aria-labelledby="rp-cover-title">
      <p className="rp-cover__brand">
        <span className="rp-cover__mark">mintq</span> {cover.brand}
      </p>
      <h1 className="rp-cover__title" id="rp-cover-title">
        {cover.title}
        <span className="rp-cover__funder">{cover.funder}</span>
      </h1>
      <p className="rp-cover__subtitle">{cover.subtitle}</p>
      <ReportFacts facts={cover.facts} className="rp-cover__facts" />
      {cover.scope && <p className="rp-cover__scope">{cover.scope}</p>}
      <nav className="rp-cover__contents" aria-labelledby="rp-contents-title">
        <h2 className="rp-cover__contents-title" id="rp-contents-title">
          {cover.contentsTitle}
        </h2>
        <ol>
          {model.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="rp-cover__privacy">{cover.privacy}</p>
    </section>
  );
}
