import type { ReportSnapshot } from '@mintq/contract';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFormatter } from '../i18n/format.js';
import joachimHerzJson from './fixtures/report-joachim-herz-en.json';
import kinderForschenJson from './fixtures/report-kinder-forschen-de.json';
import telekomJson from './fixtures/report-telekom-de.json';
import { ReportDocument } from './ReportDocument.js';

// Real snapshots, made by the API from the shared sample bundle (fixtures/write-report-fixtures.mjs).
const telekom = telekomJson as ReportSnapshot;
const joachimHerz = joachimHerzJson as ReportSnapshot;
const kinderForschen = kinderForschenJson as ReportSnapshot;

afterEach(cleanup);

function chapterHeadings(): string[] {
  return screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '');
}

/** The table whose accessible caption is `caption`. */
function tableNamed(caption: string): HTMLElement {
  return screen.getByRole('table', { name: caption });
}

/** The cells of the body row whose row heading reads `heading`. */
function rowCells(table: HTMLElement, heading: string): string[] {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.querySelector('th[scope="row"]')?.textContent === heading);
  if (!row) throw new Error(`no row ${heading}`);
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
}

describe('ReportDocument', () => {
  it('renders the cover and every chapter of the Social Reporting Standard in German', () => {
    render(<ReportDocument snapshot={telekom} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(telekom.content.funder.name);
    expect(chapterHeadings()).toEqual(
      expect.arrayContaining([
        'Zusammenfassung in Zahlen',
        'Leistungen',
        'Wirkungen',
        'Reichweite',
        'Transferwerkstatt-Feedback',
        'Methodik',
      ]),
    );
    const cover = screen.getByRole('region', { name: /Förderbericht/ });
    expect(cover.textContent).toContain('MINT-Qualitätsoffensive');
    expect(cover.textContent).toContain('01.11.2023 – 01.11.2026');
    expect(cover.textContent).toContain(telekom.meta.contentHash);
  });

  it('renders every chapter in English with en-GB dates when the snapshot is English', () => {
    render(<ReportDocument snapshot={joachimHerz} />);
    expect(chapterHeadings()).toEqual(
      expect.arrayContaining([
        'Summary in figures',
        'Outputs',
        'Outcomes',
        'Reach',
        'Transferwerkstatt feedback',
        'Methodology',
      ]),
    );
    expect(screen.queryByText('Zusammenfassung in Zahlen')).toBeNull();
    const cover = screen.getByRole('region', { name: /Funder report/ });
    expect(cover.textContent).toContain('01/11/2023 – 01/11/2026');
  });

  it('writes numbers in de-DE: thousands with a point, decimals with a comma', () => {
    const { content } = telekom;
    render(<ReportDocument snapshot={telekom} />);
    const youth = content.reach.youthReachedEstimate;
    expect(youth).toBeGreaterThanOrEqual(1000);
    const kpi = screen.getByRole('group', { name: /Erreichte junge Menschen/ });
    expect(kpi.textContent).toMatch(/\d\.\d{3}/);
    expect(kpi.textContent?.replace(/\D/g, '')).toBe(String(youth));
    const tScore = screen.getByRole('group', { name: 'Mittlerer GAS-T-Wert' });
    expect(tScore.textContent).toMatch(/\d,\d/);
    expect(tScore.textContent).not.toMatch(/\d\.\d/);
  });

  it('names the creator by role in English', () => {
    render(<ReportDocument snapshot={joachimHerz} />);
    const methods = screen.getByRole('region', { name: 'Methodology' });
    expect(methods.textContent).toContain('Created byproject lead');
  });

  it('writes numbers in en-GB in an English report', () => {
    render(<ReportDocument snapshot={joachimHerz} />);
    const tScore = screen.getByRole('group', { name: 'Mean GAS T-score' });
    expect(tScore.textContent).toMatch(/\d\.\d/);
  });

  it('shows each suppressed month as • with its note, and an unsuppressed 0 as 0', () => {
    const { content } = telekom;
    const hidden = content.reach.byMonth.filter((m) => m.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    render(<ReportDocument snapshot={telekom} />);
    const months = tableNamed('Transferaktivitäten nach Monat');
    for (const month of hidden) {
      const heading = new Intl.DateTimeFormat('de-DE', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${month.month}-15T00:00:00Z`));
      for (const cell of rowCells(months, heading)) {
        expect(cell).toMatch(/^•weniger als 5 Personen$/);
      }
    }
    expect(months.parentElement?.textContent).toContain('• weniger als 5 Personen');
    const staircase = tableNamed('Wirkungsziele auf der Wirkungstreppe');
    const empty = content.goals.byStaircaseLevel.find((s) => !s.suppressed && s.goals === 0);
    expect(empty).toBeDefined();
    expect(rowCells(staircase, String(empty?.level)).slice(1)).toEqual(['0', '0']);
  });

  it('never prints a suppressed value, even when a snapshot carried one', () => {
    // A snapshot with the hidden numbers left in must still show only •: the page must not
    // trust that every producer nulls them.
    const leaky = structuredClone(kinderForschen);
    const secret = 987_654;
    const { reach } = leaky.content;
    expect(reach.suppressed).toBe(true);
    Object.assign(reach, {
      multipliers: secret,
      activities: secret,
      initiativesReached: secret,
      youthReachedEstimate: secret,
      educatorsReached: secret,
      multiplierFactor: secret,
    });
    for (const state of reach.byState) {
      if (state.suppressed) Object.assign(state, { initiativesReached: secret, multipliers: secret });
    }
    render(<ReportDocument snapshot={leaky} />);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/987[.,]?654/);
    const kpi = screen.getByRole('group', { name: 'Multiplikator:innen' });
    expect(kpi.textContent).toContain('•');
    expect(kpi.textContent?.replaceAll('weniger als 5 Personen', '')).not.toMatch(/\d/);
  });

  it('lists the imports by number and date, the creator by role and the definitions version under Methodik', () => {
    const { content } = telekom;
    expect(content.sources.length).toBeGreaterThan(0);
    // A snapshot stored before 2026-12-05 also carried the import files and the creator's
    // e-mail: the page shows neither (other funders' file names; a person).
    const legacy = structuredClone(telekom);
    const hash = 'ab'.repeat(32);
    Object.assign(legacy.content.sources[0] ?? {}, { files: [{ name: 'participants.csv', sha256: hash }] });
    render(<ReportDocument snapshot={legacy} />);
    const methods = screen.getByRole('region', { name: 'Methodik' });
    const sources = within(methods).getByRole('table', { name: 'Datenquellen' });
    const format = createFormatter('de');
    for (const source of content.sources)
      expect(rowCells(sources, String(source.id))).toEqual([format.date(source.finishedOn)]);
    const text = document.body.textContent ?? '';
    expect(text).not.toContain('.csv');
    expect(text).not.toContain(hash);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.\w+/);
    expect(methods.textContent).toContain('Erstellt vonProjektleitung');
    expect(methods.textContent).toContain(content.definitionsVersion);
    // The rule of docs/privacy.md with the report's k (5): 1 to k − 1 people hidden.
    expect(methods.textContent).toContain(
      'Zahlen, hinter denen 1 bis 4 Personen stehen, werden nicht gezeigt (•).',
    );
  });
});
