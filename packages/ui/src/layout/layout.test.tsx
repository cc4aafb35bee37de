import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppShell } from './AppShell.js';
import { ChartFrame } from './ChartFrame.js';
import { DataTable } from './DataTable.js';
import { EmptyState } from './EmptyState.js';
import { ErrorState } from './ErrorState.js';
import { KpiCard } from './KpiCard.js';
import { LoadingState } from './LoadingState.js';
import { SuppressedValue } from './SuppressedValue.js';

const suppressed = 'weniger als 5 Personen';

interface StateRow {
  state: string;
  initiatives: number | null;
  share: number | null;
  suppressed: boolean;
}

const rows: StateRow[] = [
  { state: 'Bayern', initiatives: 1234, share: 0.5, suppressed: false },
  { state: 'Bremen', initiatives: null, share: null, suppressed: true },
  { state: 'Saarland', initiatives: 0, share: null, suppressed: false },
];

function StateTable() {
  return (
    <DataTable
      caption="Initiativen nach Land"
      columns={[
        { key: 'state', header: 'Land', value: (r: StateRow) => r.state, rowHeader: true },
        {
          key: 'initiatives',
          header: 'Initiativen',
          value: (r: StateRow) => r.initiatives,
          suppressed: (r: StateRow) => r.suppressed,
        },
        {
          key: 'share',
          header: 'Anteil',
          value: (r: StateRow) => r.share,
          suppressed: (r: StateRow) => r.suppressed,
          format: 'percent',
        },
      ]}
      rows={rows}
      rowKey={(r) => r.state}
      labels={{ suppressed }}
    />
  );
}

describe('SuppressedValue', () => {
  it('shows • and explains it to screen readers and on hover', () => {
    const { container } = render(<SuppressedValue label={suppressed} />);
    const span = container.querySelector('.mq-suppressed');
    expect(span?.getAttribute('title')).toBe(suppressed);
    expect(span?.querySelector('[aria-hidden="true"]')?.textContent).toBe('•');
    expect(screen.getByText(suppressed).className).toBe('mq-sr-only');
  });
});

describe('KpiCard', () => {
  it('shows the label, the de-DE value, unit, hint and as-of line', () => {
    render(
      <KpiCard
        label="Junge Menschen"
        value={45678}
        unit="Personen"
        hint="Schätzung"
        asOf="Stand: 31.03.2025"
        labels={{ suppressed }}
      />,
    );
    const card = screen.getByRole('group', { name: /Junge Menschen/ });
    expect(within(card).getByText('45.678')).toBeTruthy();
    expect(within(card).getByText('Personen')).toBeTruthy();
    expect(within(card).getByText('Schätzung').className).toBe('mq-badge');
    expect(within(card).getByText('Stand: 31.03.2025')).toBeTruthy();
  });

  it('shows • instead of a number when suppressed, and no unit', () => {
    const { container } = render(
      <KpiCard label="Multiplikator:innen" value={null} suppressed unit="Personen" labels={{ suppressed }} />,
    );
    expect(container.querySelector('.mq-kpi__value')?.textContent).toBe(`•${suppressed}`);
    const shown = container.textContent?.replace(suppressed, '') ?? '';
    expect(shown).not.toMatch(/\d/);
    expect(shown).not.toContain('Personen');
  });

  it('formats percentages and decimals in the locale', () => {
    const { container, rerender } = render(
      <KpiCard label="Zielerreichung" value={0.756} format="percent" labels={{ suppressed }} />,
    );
    expect(container.querySelector('.mq-kpi__value')?.textContent?.replace(/\s/g, ' ')).toBe('76 %');
    rerender(
      <KpiCard
        label="Faktor"
        value={3.25}
        format="decimal"
        digits={1}
        locale="en-GB"
        labels={{ suppressed }}
      />,
    );
    expect(container.querySelector('.mq-kpi__value')?.textContent).toBe('3.3');
  });
});

describe('DataTable', () => {
  it('renders caption, headers and one row per datum with formatted numbers', () => {
    render(<StateTable />);
    const table = screen.getByRole('table', { name: 'Initiativen nach Land' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: 'Bayern' })).toBeTruthy();
    expect(within(table).getByText('1.234').className).toBe('mq-table__number');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.className)).toEqual(['', 'mq-table__number', 'mq-table__number']);
  });

  it('shows suppressed cells as • with a footnote, zero as 0 and null as –', () => {
    const { container } = render(<StateTable />);
    const bremen = screen.getByRole('rowheader', { name: 'Bremen' }).parentElement;
    expect(bremen?.querySelectorAll('.mq-suppressed')).toHaveLength(2);
    expect(bremen?.textContent?.replaceAll(suppressed, '')).toBe('Bremen••');
    const saarland = screen.getByRole('rowheader', { name: 'Saarland' }).parentElement;
    expect([...(saarland?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual(['0', '–']);
    expect(container.querySelector('.mq-table__note')?.textContent).toBe(`• ${suppressed}`);
  });
});

describe('ChartFrame', () => {
  it('swaps the chart for its table and back', () => {
    render(
      <ChartFrame
        title="Reichweite"
        description="Initiativen je Land"
        summary="Bayern hat 1.234 Initiativen."
        table={<StateTable />}
        labels={{ showTable: 'Tabelle anzeigen', showChart: 'Diagramm anzeigen' }}
      >
        <svg role="img" aria-label="Diagramm" />
      </ChartFrame>,
    );
    const region = screen.getByRole('region', { name: 'Reichweite' });
    expect(region.getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
    expect(screen.getByText('Bayern hat 1.234 Initiativen.').className).toBe('mq-sr-only');
    expect(screen.getByRole('img', { name: 'Diagramm' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Tabelle anzeigen' });
    expect(toggle.getAttribute('aria-controls')).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.queryByRole('img', { name: 'Diagramm' })).toBeNull();
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByText('1.234')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Diagramm anzeigen' }));
    expect(screen.getByRole('img', { name: 'Diagramm' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('can start with the table and uses the heading level asked for', () => {
    render(
      <ChartFrame
        title="Reichweite"
        headingLevel={3}
        defaultView="table"
        table={<StateTable />}
        labels={{ showTable: 'Show table', showChart: 'Show chart' }}
      >
        <svg />
      </ChartFrame>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Reichweite' })).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show chart' })).toBeTruthy();
  });
});

describe('AppShell', () => {
  it('keeps the simple title form working', () => {
    render(
      <AppShell title="Wirkungsanalyse">
        <p>Inhalt</p>
      </AppShell>,
    );
    expect(screen.getByRole('banner').textContent).toContain('mintq');
    expect(screen.getByRole('banner').textContent).toContain('Wirkungsanalyse');
    expect(screen.getByRole('main').textContent).toBe('Inhalt');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('fills the nav, user, language, banner slots and a skip link to main', () => {
    render(
      <AppShell
        title="Wirkungsanalyse"
        nav={<a href="/reach">Reichweite</a>}
        navLabel="Hauptnavigation"
        user={<span>analyse@mintq.example</span>}
        languageSwitch={<button type="button">EN</button>}
        banner={<p>Demodaten</p>}
        skipLinkLabel="Zum Inhalt springen"
        footer={<span>Körber-Stiftung</span>}
      >
        <p>Inhalt</p>
      </AppShell>,
    );
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Reichweite' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByText('analyse@mintq.example')).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'EN' })).toBeTruthy();
    expect(screen.getByText('Demodaten')).toBeTruthy();
    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skip.getAttribute('href')).toBe(`#${screen.getByRole('main').id}`);
    expect(screen.getByRole('contentinfo').textContent).toBe('Körber-Stiftung');
  });
});

describe('Loading, empty and error states', () => {
  it('announces loading politely', () => {
    render(<LoadingState label="Daten werden geladen …" />);
    expect(screen.getByRole('status').textContent).toBe('Daten werden geladen …');
  });

  it('shows an empty state with its action', () => {
    render(
      <EmptyState
        title="Keine Daten"
        message="Im gewählten Zeitraum gibt es keine Aktivitäten."
        action={<button type="button">Filter zurücksetzen</button>}
      />,
    );
    expect(screen.getByText('Keine Daten')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeTruthy();
  });

  it('alerts errors and retries on request', () => {
    const retry = vi.fn();
    render(
      <ErrorState
        title="Fehler"
        message="Bitte später erneut."
        retryLabel="Erneut versuchen"
        onRetry={retry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Fehler');
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
