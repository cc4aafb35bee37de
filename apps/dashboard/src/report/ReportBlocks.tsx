import type { ReportBlock, ReportFact, ReportModel } from '@mintq/report-model';
import { KpiCard } from '@mintq/ui';
import { ReportChart } from './ReportChart.js';
import { ReportFigure } from './ReportFigure.js';
import { ReportCellText, ReportTable } from './ReportTable.js';

/** Props of {@link ReportBlocks}. */
export interface ReportBlocksProps {
  blocks: readonly ReportBlock[];
  model: ReportModel;
}

/** Labelled facts as a definition list: the cover's, and the Methodik chapter's as-of date and versions. */
export function ReportFacts({ facts, className }: { facts: readonly ReportFact[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map((fact) => (
        <div key={fact.label} className={fact.note ? 'rp-cover__fingerprint' : undefined}>
          <dt>{fact.label}</dt>
          <dd>
            {fact.code ? <code className="rp-hash">{fact.text}</code> : fact.text}
            {fact.note ? <span className="rp-cover__note">{fact.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The blocks of a chapter in order: key figures, figures with chart and table, notes and texts. */
export function ReportBlocks({ blocks, model }: ReportBlocksProps) {
  const { suppressedLabel, locale } = model;
  const labels = { suppressed: suppressedLabel, missing: model.missing };
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        switch (block.kind) {
          case 'kpis':
            return (
              <div key={key} className={block.pair ? 'rp-kpis rp-kpis--pair' : 'rp-kpis'}>
                {block.items.map((item) => (
                  <KpiCard
                    key={item.key}
                    label={item.label}
                    value={typeof item.cell.value === 'number' ? item.cell.value : null}
                    suppressed={item.cell.hidden}
                    // The model formatted the number already, in the report's language.
                    format={() => item.cell.text}
                    hint={item.hint}
                    description={item.description}
                    locale={locale}
                    labels={labels}
                  />
                ))}
              </div>
            );
          case 'figure':
            return (
              <ReportFigure
                key={key}
                title={block.title}
                description={block.description}
                layout={block.layout}
                chart={
                  block.chart ? (
                    <ReportChart
                      chart={block.chart}
                      locale={locale}
                      suppressedLabel={suppressedLabel}
                      missing={model.missing}
                    />
                  ) : undefined
                }
                table={
                  <>
                    <ReportTable table={block.table} suppressedLabel={suppressedLabel} />
                    {block.extra ? (
                      <p className="rp-note">
                        {block.extra.label}:{' '}
                        <ReportCellText cell={block.extra.cell} suppressedLabel={suppressedLabel} />
                      </p>
                    ) : null}
                  </>
                }
              />
            );
          case 'table':
            return (
              <div key={key} className={block.title ? 'rp-summary-outcomes' : 'rp-sources'}>
                {block.title ? <h3 className="rp-subtitle">{block.title}</h3> : null}
                <ReportTable table={block.table} suppressedLabel={suppressedLabel} />
              </div>
            );
          case 'subtitle':
            return (
              <h3 key={key} className="rp-subtitle">
                {block.text}
              </h3>
            );
          case 'paragraph':
            return <p key={key}>{block.text}</p>;
          case 'note':
            return (
              <p key={key} className="rp-note">
                {block.suppressed ? (
                  <>
                    <span aria-hidden="true">•</span>{' '}
                  </>
                ) : null}
                {block.text}
              </p>
            );
          case 'definitions':
            return (
              <dl key={key} className="rp-definitions">
                {block.entries.map((entry) => (
                  <div key={entry.term} className="rp-definitions__entry">
                    <dt>{entry.term}</dt>
                    <dd>{entry.text}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'facts':
            return <ReportFacts key={key} facts={block.facts} className="rp-facts" />;
          case 'group':
            return (
              <div key={key} className={`rp-${block.name}`}>
                <ReportBlocks blocks={block.blocks} model={model} />
              </div>
            );
        }
        return null;
      })}
    </>
  );
}
