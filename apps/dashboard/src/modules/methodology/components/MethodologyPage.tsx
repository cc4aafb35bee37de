import { reportCatalogue } from '@mintq/report-model';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { useSuppressionK } from '../../../common/hooks/useSuppressionK.js';
import { useI18n } from '../../../i18n/useI18n.js';

/**
 * Methodik: the glossary every "Was heißt das?" opens, whole, from the report catalogue that
 * the funder reports' Methodik chapter prints too, and the rule by which small numbers are hidden.
 * Each term's anchor is its glossary key (`/methodik#multiplierFactor`).
 */
export function MethodologyPage() {
  const { t, language } = useI18n();
  const report = reportCatalogue[language];
  const k = useSuppressionK();
  const { hash } = useLocation();

  // The router does not scroll to an anchor it navigated to; focus also takes the keyboard there.
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [hash]);

  return (
    <>
      <PageHeader title={t('methodology.title')} intro={t('methodology.intro')} />
      <div className="mq-app-stack">
        <SectionCard title={report.definitionsTitle} testId="glossary">
          <dl className="mq-app-glossary">
            {report.definitions.map((entry) => (
              <div key={entry.key} className="mq-app-glossary__entry">
                <dt id={entry.key} tabIndex={-1}>
                  {entry.term}
                </dt>
                <dd>{entry.text}</dd>
              </div>
            ))}
          </dl>
        </SectionCard>
        <SectionCard title={report.suppressionTitle}>
          <p data-testid="methodology-suppression">
            {k === null ? t('methodology.suppressionOtherRoles') : t('funder.rule', { k, k1: k - 1 })}
          </p>
        </SectionCard>
      </div>
    </>
  );
}
