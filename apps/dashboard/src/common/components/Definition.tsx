import { type GlossaryKey, glossaryEntry } from '@mintq/report-model';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/useI18n.js';
import { METHODOLOGY_PATH } from '../../modules/shell/navItems.js';

/**
 * "Was heißt das?" at a KPI or chart: a disclosure that opens the figure's glossary entry in
 * place, the same text the reports' Methodik chapter prints, with a link to the entry on the
 * Methodik page. A native `<details>`: keyboard and screen readers work without script, and
 * the text flows inside the card, so it fits a phone.
 */
export function Definition({ term }: { term: GlossaryKey }) {
  const { t, language } = useI18n();
  const location = useLocation();
  const entry = glossaryEntry(language, term);
  return (
    <details className="mq-app-definition" data-definition={term}>
      <summary>
        {t('definition.open')}
        {/* Several on a page: the term tells a screen reader which one this is. */}
        <span className="mq-sr-only">: {entry.term}</span>
      </summary>
      <div className="mq-app-definition__body">
        <p className="mq-app-definition__term">{entry.term}</p>
        <p className="mq-app-definition__text">{entry.text}</p>
        {/* The search keeps the filters, so "back" returns to the same view. */}
        <Link to={{ pathname: METHODOLOGY_PATH, search: location.search, hash: term }}>
          {t('definition.more')}
        </Link>
      </div>
    </details>
  );
}
