import { REPORT_CONTENT_VERSION, type ReportContent, type ReportSnapshot } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from './build-model.js';
import { reportCatalogue } from './catalogue/index.js';
import type { ReportBlock, ReportModel, ReportTable } from './model.js';

/** A small report built by hand: one cohort, two states, two months (one suppressed), one survey. */
function snapshot(language: 'de' | 'en' = 'de', change: (content: ReportContent) => void = () => {}) {
  const content: ReportContent = {
    version: REPORT_CONTENT_VERSION,
    funder: { key: 'stiftung', name: 'Beispiel-Stiftung', kind: 'foundation' },
    programme: 'MINT-Qualitätsoffensive',
    period: { from: '2025-01-01', to: '2025-12-31' },
    language,
    asOf: '2025-12-31',
    suppressionK: 5,
    definitionsVersion: '2026-11-25',
    sources: [{ id: 7, finishedOn: '2026-01-15' }],
    reach: {
      multipliers: 12,
      activeMultipliers: 9,
      activities: 1234,
      initiativesReached: 30,
      educatorsReached: 80,
      youthReachedEstimate: 4500,
      multiplierFactor: 2.5,
      suppressed: false,
      byState: [
        {
          state: 'DE-BY',
          networks: 4,
          networksReached: 2,
          initiativesReached: 20,
          multipliers: 7,
          suppressed: false,
        },
        {
          state: 'DE-HB',
          networks: 1,
          networksReached: null,
          initiativesReached: null,
          multipliers: null,
          suppressed: true,
        },
      ],
      byMonth: [
        {
          month: '2025-03',
          activities: 8,
          initiativesReached: 6,
          cumulativeInitiativesReached: 6,
          suppressed: false,
        },
        {
          month: '2025-04',
          activities: null,
          initiativesReached: null,
          cumulativeInitiativesReached: null,
          suppressed: true,
        },
      ],
    },
    funnel: [
      {
        cohort: '2024-25',
        enrolled: 28,
        withdrawn: 2,
        completed: 21,
        selfAssessmentPre: 26,
        goalsSet: 20,
        goalAttained: 14,
        suppressed: false,
      },
    ],
    goals: {
      goals: 25,
      attained: 14,
      notAttained: 6,
      noData: 5,
      overdue: 2,
      attainmentRate: 0.7,
      meanTScore: 52.345,
      tScoreParticipants: 19,
      checkins: 31,
      suppressed: false,
      levels: [{ level: -1, goals: 6, suppressed: false }],
      byStaircaseLevel: [{ level: 3, goals: 0, attained: 0, suppressed: false }],
    },
    surveys: [
      {
        instrument: { key: 'selbstanalyse', name: 'Selbstanalyse' },
        from: 'PRE',
        to: 'POST',
        outcomes: {
          instrument: 'selbstanalyse',
          from: 'PRE',
          to: 'POST',
          dimensions: [
            {
              dimension: 'Kooperation',
              n: 20,
              meanFrom: 3.1,
              meanTo: 3.6,
              meanDiff: 0.5,
              sdDiff: 0.4,
              t: 5.59,
              df: 19,
              p: 0.00002,
              dz: 1.25,
              gz: 1.2,
              ciLow: 0.31,
              ciHigh: 0.69,
              alphaFrom: 0.81,
              alphaTo: 0.79,
              suppressed: false,
            },
          ],
          responseRates: [
            { cohort: '2024-25', wave: 'PRE', responded: 26, eligible: 26, rate: 1, suppressed: false },
          ],
        },
      },
    ],
    events: [
      {
        instrument: { key: 'transfer-feedback', name: 'Feedback' },
        feedback: { instrument: 'transfer-feedback', responses: 22, nps: 41.5, suppressed: false },
      },
    ],
  };
  change(content);
  const meta = {
    id: '00000000-0000-4000-8000-000000000001',
    contentHash: 'ab'.repeat(32),
    createdAt: '2026-01-20T23:30:00Z',
    createdBy: 'PROJECT_LEAD' as const,
    suppressionK: 5,
    definitionsVersion: '2026-11-25',
  };
  return { content, meta } satisfies ReportSnapshot;
}

/** Every table printed in a chapter, by caption. */
function printedTables(model: ReportModel): Map<string, ReportTable> {
  const tables = new Map<string, ReportTable>();
  const visit = (block: ReportBlock) => {
    if (block.kind === 'figure' || block.kind === 'table') tables.set(block.table.caption, block.table);
    if (block.kind === 'group') block.blocks.forEach(visit);
  };
  for (const section of model.sections) section.blocks.forEach(visit);
  return tables;
}

function table(model: ReportModel, caption: string): ReportTable {
  const found = printedTables(model).get(caption);
  if (!found) throw new Error(`no table ${caption}`);
  return found;
}

/** The printed texts of a table's row whose first cell reads `heading`. */
function row(t: ReportTable, heading: string): string[] {
  const found = t.rows.find((r) => r.cells[0]?.text === heading);
  if (!found) throw new Error(`no row ${heading}`);
  return found.cells.map((c) => c.text);
}

function sheet(model: ReportModel, name: string): ReportTable {
  const found = model.annex.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.table;
}

describe('buildReportModel', () => {
  it('marks a suppressed cell as hidden, prints it as • and carries no value behind it', () => {
    const leaky = snapshot('de', (c) => {
      // A producer that forgot to null a suppressed state: the model must still hide it.
      Object.assign(c.reach.byState[1] ?? {}, { initiativesReached: 987, multipliers: 654 });
    });
    const model = buildReportModel(leaky);
    const states = table(model, 'Erreichte Initiativen nach Bundesland');
    expect(row(states, 'Bremen')).toEqual(['Bremen', '1', '•', '•', '•']);
    const bremen = states.rows.find((r) => r.key === 'DE-HB');
    expect(bremen?.cells.slice(2).every((c) => c.hidden && c.value === null)).toBe(true);
    expect(states.anyHidden).toBe(true);
    expect(JSON.stringify(model)).not.toMatch(/987|654/);
    const map = model.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'figure' && b.chart?.kind === 'stateMap');
    expect(map?.kind === 'figure' && map.chart?.kind === 'stateMap' && map.chart.states[1]?.value).toBeNull();
    // The annex writes the same hidden cell, never the number.
    expect(sheet(model, 'Bundesländer').rows[1]?.cells.map((c) => c.value)).toEqual([
      'DE-HB',
      'Bremen',
      1,
      null,
      null,
      null,
    ]);
  });

  it('heads the same tables in German and in English from the one catalogue', () => {
    const de = buildReportModel(snapshot('de'));
    const en = buildReportModel(snapshot('en'));
    const chapters = (t: typeof reportCatalogue.de) => [t.summaryTitle, t.outputsTitle, t.methodsTitle];
    expect(de.sections.map((s) => s.title)).toEqual(expect.arrayContaining(chapters(reportCatalogue.de)));
    expect(en.sections.map((s) => s.title)).toEqual(expect.arrayContaining(chapters(reportCatalogue.en)));
    expect(en.sections.map((s) => s.title)).not.toContain('Leistungen');
    expect(table(de, 'Kohorten-Trichter').columns.map((c) => c.header)).toEqual([
      'Durchgang',
      'Angemeldet',
      'Abgeschlossen',
      'Selbstanalyse (Prä)',
      'Wirkungsziel gesetzt',
      'Wirkungsziel erreicht',
    ]);
    expect(table(en, 'Cohort funnel').columns.map((c) => c.header)).toEqual([
      'Cohort',
      'Enrolled',
      'Completed',
      'Self-assessment (Pre)',
      'Impact goal set',
      'Impact goal attained',
    ]);
    // Wave kinds read as the dashboard names them, in the PDF and in the annex alike.
    expect(table(de, 'Selbstanalyse: Prä → Post').columns.map((c) => c.header)).toContain('M Prä');
    expect(
      sheet(de, 'Befragungen')
        .rows[0]?.cells.slice(1, 3)
        .map((c) => c.text),
    ).toEqual(['Prä', 'Post']);
    expect(
      sheet(en, 'Surveys')
        .rows[0]?.cells.slice(1, 3)
        .map((c) => c.text),
    ).toEqual(['Pre', 'Post']);
    expect(en.annex.map((s) => s.name)).toContain('Impact staircase');
    expect(de.cover.title).toBe('Förderbericht');
    expect(en.cover.title).toBe('Funder report');
  });

  it('formats percents, decimals, counts and dates in de-DE or en-GB by the report language', () => {
    const de = buildReportModel(snapshot('de'));
    const en = buildReportModel(snapshot('en'));
    const goalsDe = table(de, 'Erreichung der Wirkungsziele');
    expect(row(goalsDe, 'Zielerreichungsquote')).toEqual(['Zielerreichungsquote', '70\u00a0%']);
    expect(row(goalsDe, 'Mittlerer GAS-T-Wert')).toEqual(['Mittlerer GAS-T-Wert', '52,3']);
    expect(row(table(en, 'Attainment of impact goals'), 'Goal attainment rate')).toEqual([
      'Goal attainment rate',
      '70%',
    ]);
    const percent = goalsDe.rows.find((r) => r.key === 'rate')?.cells[1];
    expect(percent).toMatchObject({ value: 0.7, format: 'percent', hidden: false });
    expect(row(table(de, 'Teilnahme je Qualifizierungsdurchgang'), '2024-25')).toEqual([
      '2024-25',
      '28',
      '2',
      '21',
      '75\u00a0%',
    ]);
    expect(row(table(de, 'Transferaktivitäten'), 'Transferaktivitäten')[1]).toBe('1.234');
    expect(row(table(en, 'Transfer activities'), 'Transfer activities')[1]).toBe('1,234');
    expect(row(table(de, 'Transferaktivitäten nach Monat'), 'März 2025')).toEqual([
      'März 2025',
      '8',
      '6',
      '6',
    ]);
    expect(row(table(de, 'Selbstanalyse: Prä → Post'), 'Kooperation')).toEqual([
      'Kooperation',
      '20',
      '3,10',
      '3,60',
      '+0,50',
      '[+0,31; +0,69]',
      '+1,20',
      'groß',
      '< 0,001',
      '0,81 / 0,79',
    ]);
    expect(de.cover.facts.find((f) => f.label === 'Berichtszeitraum')?.text).toBe('01.01.2025 – 31.12.2025');
    expect(en.cover.facts.find((f) => f.label === 'Reporting period')?.text).toBe('01/01/2025 – 31/12/2025');
    // Created at 23:30 UTC is the next day in Germany, where the report is made.
    expect(de.cover.facts.find((f) => f.label === 'Erstellt am')?.text).toBe('21.01.2026, 00:30');
  });

  it('gives the annex numbers as numbers with their format, and • only where hidden', () => {
    const model = buildReportModel(snapshot('de'));
    const reach = sheet(model, 'Reichweite');
    expect(reach.rows.map((r) => r.cells[1]?.value)).toEqual([12, 9, 1234, 30, 80, 4500, 2.5]);
    expect(reach.rows.at(-1)?.cells[1]).toMatchObject({ format: 'decimal', digits: 2 });
    expect(sheet(model, 'Monate').rows[0]?.cells.map((c) => c.value)).toEqual(['2025-03', 8, 6, 6]);
    expect(
      sheet(model, 'Monate')
        .rows[1]?.cells.slice(1)
        .map((c) => c.text),
    ).toEqual(['•', '•', '•']);
    expect(model.annex.map((s) => s.name)).toEqual(Object.values(reportCatalogue.de.sheets));
    const glossary = sheet(model, 'Definitionen').rows.map((r) => r.cells.map((c) => c.text));
    expect(glossary).toContainEqual(['Datenquelle', 'Import 7 vom 2026-01-15']);
    expect(glossary.find(([term]) => term === 'Schutz kleiner Gruppen')?.[1]).toContain(
      'Zahlen, hinter denen 1 bis 4 Personen stehen',
    );
  });

  it('reads a report stored before versioning and shows what it lacks as –', () => {
    const old = snapshot('de', (c) => {
      const stored = c as unknown as Record<string, unknown>;
      delete stored.version;
      delete stored.events;
      const goals = c.goals as unknown as Record<string, unknown>;
      delete goals.tScoreParticipants;
      delete goals.meanTScore;
      delete (c.reach as unknown as Record<string, unknown>).byMonth;
    });
    const model = buildReportModel(old);
    const goals = table(model, 'Erreichung der Wirkungsziele');
    expect(row(goals, 'Mittlerer GAS-T-Wert')).toEqual(['Mittlerer GAS-T-Wert', '–']);
    expect(row(goals, 'Personen mit T-Wert')).toEqual(['Personen mit T-Wert', '–']);
    expect(table(model, 'Transferaktivitäten nach Monat').rows).toEqual([]);
    const events = model.sections.find((s) => s.id === 'transferwerkstatt');
    expect(events?.blocks).toEqual([{ kind: 'note', text: reportCatalogue.de.noEvents }]);
    expect(sheet(model, 'Veranstaltungen').rows).toEqual([]);
  });

  it('shows the check-ins behind the goals, and – for a report stored before they were counted', () => {
    const label = 'Zielüberprüfungen bis zum Stichtag';
    const current = table(buildReportModel(snapshot('de', () => {})), 'Erreichung der Wirkungsziele');
    expect(row(current, label)).toEqual([label, '31']);
    const version2 = snapshot('de', (c) => {
      c.version = 2;
      delete (c.goals as unknown as Record<string, unknown>).checkins;
    });
    expect(row(table(buildReportModel(version2), 'Erreichung der Wirkungsziele'), label)).toEqual([
      label,
      '–',
    ]);
  });

  it('totals only the cohorts it may show, and says so', () => {
    const model = buildReportModel(
      snapshot('de', (c) => {
        c.funnel.push({
          cohort: '2025-26',
          enrolled: null,
          withdrawn: null,
          completed: null,
          selfAssessmentPre: null,
          goalsSet: null,
          goalAttained: null,
          suppressed: true,
        });
      }),
    );
    const summary = model.sections[0];
    const kpis = summary?.blocks.find((b) => b.kind === 'kpis');
    const enrolled = kpis?.kind === 'kpis' ? kpis.items[0] : undefined;
    expect(enrolled?.cell.text).toBe('28');
    expect(enrolled?.description).toBe('ohne Durchgänge mit weniger als 5 Personen');
  });

  it('spans the pre/post chart over the answer scale 1–5, not over the range of the means', () => {
    const forest = (model: ReportModel) => {
      const charts: ReportBlock[] = [];
      const visit = (block: ReportBlock) => {
        charts.push(block);
        if (block.kind === 'group') block.blocks.forEach(visit);
      };
      for (const section of model.sections) section.blocks.forEach(visit);
      const figure = charts.find((b) => b.kind === 'figure' && b.chart?.kind === 'forest');
      return figure?.kind === 'figure' && figure.chart?.kind === 'forest' ? figure.chart : undefined;
    };
    // The means lie between 3.1 and 3.6; the axis still runs from 1 to 5, as on the dashboard.
    const chart = forest(buildReportModel(snapshot()));
    expect(chart?.rows.map((r) => [r.meanFrom, r.meanTo])).toEqual([[3.1, 3.6]]);
    expect([chart?.scaleMin, chart?.scaleMax]).toEqual([1, 5]);
    // A hidden dimension's means never reach the axis, even when a snapshot carried them.
    const leaky = snapshot('de', (c) => {
      const dimension = c.surveys[0]?.outcomes.dimensions[0];
      if (dimension)
        c.surveys[0]?.outcomes.dimensions.push({ ...dimension, dimension: 'X', meanTo: 9, suppressed: true });
    });
    expect([forest(buildReportModel(leaky))?.scaleMin, forest(buildReportModel(leaky))?.scaleMax]).toEqual([
      1, 5,
    ]);
  });

  it('spans the pre/post chart over the scale the report stored for its instrument (version 4)', () => {
    const chart = (model: ReportModel) =>
      model.sections
        .flatMap((section) => section.blocks)
        .flatMap((block) => (block.kind === 'group' ? block.blocks : [block]))
        .flatMap((block) =>
          block.kind === 'figure' && block.chart?.kind === 'forest' ? [block.chart] : [],
        )[0];
    const sixPoint = buildReportModel(
      snapshot('de', (c) => {
        for (const survey of c.surveys) survey.scale = { min: 0, max: 6 };
      }),
    );
    expect([chart(sixPoint)?.scaleMin, chart(sixPoint)?.scaleMax]).toEqual([0, 6]);
  });

  it('states on the cover which cohorts the period includes, and names the cohort of each survey (version 4)', () => {
    const model = buildReportModel(
      snapshot('de', (c) => {
        c.cohorts = ['2024-25', '2025-26'];
        for (const survey of c.surveys) survey.cohort = '2024-25';
      }),
    );
    expect(model.cover.scope).toBe(
      'Zeitraum: 01.01.2025–31.12.2025. Einbezogen sind die geförderten Durchgänge, die in diesem Zeitraum liefen (2024-25, 2025-26), mit ihren Teilnehmenden, Befragungen und Veranstaltungen; Transferaktivitäten zählen, wenn sie im Zeitraum stattfanden, Wirkungsziele aller geförderten Durchgänge mit ihrem Stand am 31.12.2025.',
    );
    const titles = model.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'group' ? block.blocks : [block])),
    );
    expect(titles.some((b) => b.kind === 'figure' && b.title.endsWith(', Durchgang 2024-25'))).toBe(true);
    // With the cohorts' labels stored, a cohort reads as everywhere else in mintq.
    const labelled = buildReportModel(
      snapshot('de', (c) => {
        c.cohorts = ['2024-25'];
        c.cohortLabels = { '2024-25': 'Qualifizierungsdurchgang 2024/25' };
        for (const survey of c.surveys) survey.cohort = '2024-25';
      }),
    );
    expect(labelled.cover.scope).toContain('(Qualifizierungsdurchgang 2024/25)');
    const labelledTitles = labelled.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'group' ? block.blocks : [block])),
    );
    expect(
      labelledTitles.some(
        (b) => b.kind === 'figure' && b.title.endsWith(', Qualifizierungsdurchgang 2024/25'),
      ),
    ).toBe(true);
    expect(labelledTitles.some((b) => 'title' in b && b.title.includes('2024-25'))).toBe(false);
    // A report stored before version 4 held every cohort: its cover claims no confinement.
    expect(buildReportModel(snapshot()).cover.scope).toBeUndefined();
  });
});
