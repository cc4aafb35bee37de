import type { MockLink } from '@apollo/client/testing';
import type { ReportSnapshot } from '@mintq/contract';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, viewerMock } from '../../common/testing/renderWithApi.js';
import telekomJson from '../../report/fixtures/report-telekom-de.json';
import { TOKEN_STORAGE_KEY } from '../auth/authToken.js';
import { generateFunderReportMutation } from './graphql/generateFunderReportMutation.js';
import { reportFundersQuery } from './graphql/reportFundersQuery.js';
import { reportsQuery } from './graphql/reportsQuery.js';
import ReportsPage from './ReportsPage.js';

// A unit test of the page: GraphQL answers come from Apollo's MockedProvider and the file
// downloads from a stubbed fetch; the snapshot it serves is a real one made by the API.
const snapshot = telekomJson as ReportSnapshot;
const report = {
  __typename: 'FunderReport' as const,
  id: snapshot.meta.id,
  funder: {
    __typename: 'Funder' as const,
    key: snapshot.content.funder.key,
    name: snapshot.content.funder.name,
  },
  from: snapshot.content.period.from,
  to: snapshot.content.period.to,
  language: snapshot.content.language,
  createdAt: snapshot.meta.createdAt,
  contentHash: snapshot.meta.contentHash,
  pdfUrl: `/api/reports/${snapshot.meta.id}.pdf`,
  xlsxUrl: `/api/reports/${snapshot.meta.id}.xlsx`,
  jsonUrl: `/api/reports/${snapshot.meta.id}.json`,
};
const funders = {
  funders: [
    { __typename: 'Funder' as const, key: 'aqtivator', name: 'aqtivator gGmbH', kind: 'program_funder' },
    {
      __typename: 'Funder' as const,
      key: 'telekom-stiftung',
      name: 'Deutsche Telekom Stiftung',
      kind: 'foundation',
    },
  ],
};

/** How often the page asked for the list of funders. */
let fundersRequested = 0;

function renderPage(role: 'PROJECT_LEAD' | 'FUNDER', extra: MockLink.MockedResponse[] = []) {
  fundersRequested = 0;
  const mocks = [
    viewerMock(role),
    {
      request: { query: reportFundersQuery },
      result: () => {
        fundersRequested += 1;
        return { data: funders };
      },
      maxUsageCount: 10,
    },
    {
      request: { query: reportsQuery, variables: { funder: null } },
      result: { data: { reports: [report] } },
      maxUsageCount: 10,
    },
    ...extra,
  ];
  return renderWithApi(<ReportsPage />, { mocks });
}

const requests: { url: string; authorization: string | null }[] = [];

beforeEach(() => {
  requests.length = 0;
  window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'token-123');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      requests.push({ url, authorization: new Headers(init?.headers).get('Authorization') });
      if (url === report.jsonUrl) return new Response(JSON.stringify(snapshot), { status: 200 });
      if (url === report.pdfUrl)
        return new Response(new Uint8Array([37, 80, 68, 70]), {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="mintq-bericht-telekom.pdf"' },
        });
      return new Response('', { status: 404 });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
});

describe('ReportsPage', () => {
  it('lists reports with funder, de-DE period and a shortened fingerprint', async () => {
    renderPage('PROJECT_LEAD');
    const row = (await screen.findByRole('rowheader', { name: snapshot.content.funder.name })).closest('tr');
    if (!row) throw new Error('no row');
    expect(row.textContent).toContain('01.11.2023 – 01.11.2026');
    expect(row.textContent).toContain(snapshot.meta.contentHash.slice(0, 12));
    expect(row.textContent).not.toContain(snapshot.meta.contentHash);
  });

  it('offers the generate form to project leads but not to funder users', async () => {
    renderPage('PROJECT_LEAD');
    expect(await screen.findByRole('heading', { name: 'Neuen Bericht erstellen' })).toBeTruthy();
    await waitFor(() => expect(fundersRequested).toBeGreaterThan(0));
    cleanup();
    renderPage('FUNDER');
    await screen.findByRole('rowheader', { name: snapshot.content.funder.name });
    expect(screen.queryByRole('heading', { name: 'Neuen Bericht erstellen' })).toBeNull();
    // A funder user filters nothing by funder: the page does not ask for the list.
    expect(fundersRequested).toBe(0);
  });

  it('previews a report from its JSON, fetched with the bearer token', async () => {
    renderPage('PROJECT_LEAD');
    fireEvent.click(await screen.findByRole('button', { name: 'Vorschau' }));
    expect(await screen.findByRole('heading', { name: 'Zusammenfassung in Zahlen' })).toBeTruthy();
    expect(requests).toContainEqual({ url: report.jsonUrl, authorization: 'Bearer token-123' });
    fireEvent.click(screen.getByRole('button', { name: 'Vorschau schließen' }));
    expect(screen.queryByRole('heading', { name: 'Zusammenfassung in Zahlen' })).toBeNull();
  });

  it('downloads the PDF with the bearer token and saves it under the server’s file name', async () => {
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    renderPage('PROJECT_LEAD');
    fireEvent.click(await screen.findByRole('button', { name: /^PDF von Deutsche Telekom Stiftung/ }));
    await waitFor(() => expect(saved).toEqual(['mintq-bericht-telekom.pdf']));
    expect(requests).toContainEqual({ url: report.pdfUrl, authorization: 'Bearer token-123' });
    click.mockRestore();
  });

  it('says so when a download fails', async () => {
    renderPage('PROJECT_LEAD');
    fireEvent.click(await screen.findByRole('button', { name: /^Excel von/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('HTTP 404');
  });

  it('generates a report for the chosen funder, period and language, with progress while it runs', async () => {
    const generated = { ...report, id: '00000000-0000-4000-8000-000000000001' };
    renderPage('PROJECT_LEAD', [
      {
        request: {
          query: generateFunderReportMutation,
          variables: { funder: 'telekom-stiftung', from: '2024-01-01', to: '2025-12-31', language: 'en' },
        },
        result: { data: { generateFunderReport: generated } },
        delay: 50,
      },
    ]);
    const form = (await screen.findByRole('heading', { name: 'Neuen Bericht erstellen' })).closest('section');
    if (!form) throw new Error('no form');
    const field = (label: string) =>
      within(form).getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
    await waitFor(() =>
      expect(within(form).getByRole('option', { name: 'Deutsche Telekom Stiftung' })).toBeTruthy(),
    );
    fireEvent.change(field('Neuer Bericht für'), { target: { value: 'telekom-stiftung' } });
    fireEvent.change(field('Von'), { target: { value: '2024-01-01' } });
    fireEvent.change(field('Bis (Stichtag)'), { target: { value: '2025-12-31' } });
    fireEvent.change(field('Sprache'), { target: { value: 'en' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bericht erstellen' }));
    expect(await within(form).findByRole('progressbar')).toBeTruthy();
    expect(await within(form).findByText('Der Bericht wurde erstellt.')).toBeTruthy();
  });

  it('names its two funder choices apart: the list filter and the new report’s funder', async () => {
    renderPage('PROJECT_LEAD');
    const form = (await screen.findByRole('heading', { name: 'Neuen Bericht erstellen' })).closest('section');
    if (!form) throw new Error('no form');
    expect(screen.queryAllByLabelText('Förderer')).toHaveLength(0);
    expect(within(form).getByLabelText('Neuer Bericht für').tagName).toBe('SELECT');
    const filter = screen.getByLabelText('Berichte anzeigen für');
    expect(form.contains(filter)).toBe(false);
    expect(within(filter).getByRole('option', { name: 'Alle Förderer' })).toBeTruthy();
  });

  it('refuses a period whose start is after its end', async () => {
    renderPage('PROJECT_LEAD');
    const form = (await screen.findByRole('heading', { name: 'Neuen Bericht erstellen' })).closest('section');
    if (!form) throw new Error('no form');
    fireEvent.change(within(form).getByLabelText('Von'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(form).getByLabelText('Bis (Stichtag)'), { target: { value: '2025-01-01' } });
    expect(within(form).getByRole('alert').textContent).toBe('„Von“ liegt nach „Bis“.');
    expect(
      (within(form).getByRole('button', { name: 'Bericht erstellen' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
