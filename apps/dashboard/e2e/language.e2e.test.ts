import { dimensionName, reportCatalogue } from '@mintq/report-model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de, type MessageKey } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import { translate } from '../src/i18n/translate.js';
import { chartFrame, frameTable, readTable, waitForPage } from './support/dashboardBrowser.js';
import { fetchCohortLabels, postGraphql, queryGraphql } from './support/graphqlClient.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';

// What German-speaking users stumbled over: English server text, a reversed period shown as two
// red boxes, cohorts in two forms, bare "Antwort 1…5", a running cohort at "0 (0 %)", item n
// against response counts, German dimension names in English, a funder name without its article.
const PROJECT_LEAD = 'projektleitung@mintq.example';
const FUNDER = 'telekom@mintq.example';
const METRIC_PATHS = ['/', '/reichweite', '/wirkungsziele', '/befragungen', '/kohorten'] as const;
const run = setUpMintqRun();
const t = (key: MessageKey, params?: Record<string, string | number>) => translate(de, key, params);
const deDate = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

interface Cohort {
  key: string;
  label: string;
  endsOn: string;
}

/** Opens a page and waits until it has settled (no loading placeholder). */
async function visit(page: Page, path: string, title: string): Promise<void> {
  await page.goto(`${run.server.baseUrl}${path}`);
  await waitForPage(page, title);
}

/** The scopes of every GraphQL request the page sends from now on. */
function recordScopes(page: Page): unknown[] {
  const scopes: unknown[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const body = request.postDataJSON() as { variables?: { scope?: unknown } } | null;
    if (body?.variables?.scope) scopes.push(body.variables.scope);
  });
  return scopes;
}

describe('a project lead reads mintq', () => {
  const lead = setUpSignedIn(run, PROJECT_LEAD);

  it('a reversed period is said once at the date fields, with no query sent and no error box', async () => {
    const { page } = lead.session;
    const scopes = recordScopes(page);
    await page.goto(`${run.server.baseUrl}/reichweite?from=2025-06-01&to=2025-01-01`);
    const message = page.getByTestId('filter-period-error');
    await message.waitFor();
    expect(await message.textContent()).toBe(t('filters.invalidPeriod'));
    for (const field of ['filter-from', 'filter-to'])
      expect(await page.getByTestId(field).getAttribute('aria-invalid')).toBe('true');
    // The page would have sent its queries by now; it sends none, so nothing comes back refused.
    await page.waitForTimeout(1_000);
    expect(await page.locator('.mq-state--error').count()).toBe(0);
    expect(await page.getByRole('button', { name: t('status.retry') }).count()).toBe(0);
    expect(scopes.filter((s) => (s as { from?: string }).from === '2025-06-01')).toEqual([]);
    // Fixing the period loads the page again.
    await page.getByTestId('filter-to').fill('2025-12-31');
    await waitForPage(page, t('reach.title'));
    expect(await page.getByTestId('filter-period-error').count()).toBe(0);
  });

  it("a question the API refuses is said in German from its reason, without the server's English or a retry", async () => {
    const { page } = lead.session;
    // The API's own answer to the same question: its reason and params make the German sentence.
    const answer = await postGraphql(
      run.server.baseUrl,
      lead.token,
      '{ reach(scope: { cohorts: ["2019-20"] }) { activities } }',
    );
    const refusal = answer.errors?.[0] as
      | { message: string; extensions: { code: string; reason: string; params: Record<string, string> } }
      | undefined;
    expect(refusal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_COHORTS' });
    if (!refusal) throw new Error('the API answered an unknown cohort');
    await visit(page, '/reichweite?cohort=2019-20', t('reach.title'));
    const boxes = page.locator('.mq-state--error');
    await boxes.first().waitFor();
    const texts = await boxes.allTextContents();
    const expected = t(`error.${refusal.extensions.reason}` as MessageKey, refusal.extensions.params);
    expect(expected).toContain('2019-20');
    for (const text of texts) {
      expect(text).toBe(expected);
      expect(text).not.toContain(refusal.message);
    }
    expect(await page.getByRole('button', { name: t('status.retry') }).count()).toBe(0);
  });

  it('names each cohort by its label on every page, never by its key', async () => {
    const { page } = lead.session;
    const { cohorts } = await queryGraphql<{ cohorts: Cohort[] }>(
      run.server.baseUrl,
      lead.token,
      '{ cohorts { key label endsOn } }',
    );
    expect(cohorts.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const path of METRIC_PATHS) {
      await page.goto(`${run.server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
      // The cohort names come with their own query: wait until a page that lists cohorts shows one.
      await page.waitForTimeout(300);
      const shown = (await page.locator('main').textContent()) ?? '';
      for (const cohort of cohorts) {
        expect(shown, `${path} shows the key ${cohort.key}`).not.toContain(cohort.key);
        if (shown.includes(cohort.label)) seen.add(path);
      }
    }
    // The pages that list cohorts do show them, by label (else the check above proves nothing).
    expect([...seen].sort()).toEqual(expect.arrayContaining(['/befragungen', '/kohorten', '/wirkungsziele']));
  });

  it('names the ends of the answer scale in the item legend', async () => {
    const { page } = lead.session;
    const { instruments } = await queryGraphql<{
      instruments: { kind: string; items: { role: string; scaleMin: number; scaleMax: number }[] }[];
    }>(run.server.baseUrl, lead.token, '{ instruments { kind items { role scaleMin scaleMax } } }');
    const likert = instruments
      .find((i) => i.kind === 'self_assessment')
      ?.items.find((i) => i.role === 'likert');
    if (!likert) throw new Error('the demo data hold no self-assessment item');
    await visit(page, '/befragungen', t('surveys.title'));
    const legend = chartFrame(page, t('surveys.itemsTitle')).locator('.mq-legend__item');
    await legend.first().waitFor();
    const entries = (await legend.allInnerTexts()).map((text) => text.trim());
    expect(entries[0]).toBe(t('surveys.answerLowest', { value: likert.scaleMin }));
    expect(entries.at(-1)).toBe(t('surveys.answerHighest', { value: likert.scaleMax }));
    expect(entries).toHaveLength(likert.scaleMax - likert.scaleMin + 1);
  });

  it('says under each survey table and chart what its n counts', async () => {
    const { page } = lead.session;
    await visit(page, '/befragungen', t('surveys.title'));
    const responded = t('surveys.responded');
    expect(await page.getByTestId('forest-n').textContent()).toBe(t('surveys.forestN'));
    expect(await page.getByTestId('rates-n').textContent()).toBe(
      t('surveys.ratesN', { responded, eligible: t('surveys.eligible') }),
    );
    expect(await page.getByTestId('items-n').textContent()).toBe(t('surveys.itemsN', { responded }));
    // The note names the columns as the rates table heads them.
    const rates = await readTable(page.getByRole('table', { name: t('surveys.ratesCaption') }));
    expect(Object.keys(rates[0] ?? {})).toEqual(expect.arrayContaining([responded, t('surveys.eligible')]));
  });

  it.each([
    ['today', ''],
    ["the demo's as-of date", '?to=2026-02-16'],
  ])('says which cohorts are still running or have no completions yet, as of %s', async (_name, search) => {
    const { page } = lead.session;
    const asOf = search
      ? '2026-02-16'
      : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format();
    const scope = search ? { to: asOf } : {};
    const data = await queryGraphql<{
      cohorts: Cohort[];
      cohortFunnel: { cohort: string; enrolled: number | null; completed: number | null }[];
    }>(
      run.server.baseUrl,
      lead.token,
      'query($scope: ScopeInput) { cohorts { key label endsOn } cohortFunnel(scope: $scope) { cohort enrolled completed } }',
      { scope },
    );
    const expected = data.cohortFunnel.flatMap((f) => {
      const cohort = data.cohorts.find((c) => c.key === f.cohort);
      if (!cohort) return [];
      const params = { cohort: cohort.label, date: deDate(cohort.endsOn) };
      if (cohort.endsOn > asOf) return [t('cohorts.running', params)];
      return f.completed === 0 && (f.enrolled ?? 0) > 0 ? [t('cohorts.noCompletions', params)] : [];
    });
    expect(expected.length).toBeGreaterThan(0);
    await visit(page, `/kohorten${search}`, t('cohorts.title'));
    const notes = await page.getByTestId('cohort-status').locator('li').allInnerTexts();
    expect(notes.map((n) => n.trim())).toEqual(expected);
    // The funnel row of such a cohort says 0 completed; the note is what explains it.
    const label = await fetchCohortLabels(run.server.baseUrl, lead.token);
    const table = await readTable(await frameTable(page, t('cohorts.funnelTitle')));
    for (const f of data.cohortFunnel.filter((x) => x.completed === 0))
      expect(table.find((r) => r[t('cohorts.cohort')]?.text === label(f.cohort))).toBeDefined();
  });

  // Last: `?lang=en` is remembered for the session.
  it('names the quality dimensions in English', async () => {
    const { page } = lead.session;
    const { instruments } = await queryGraphql<{
      instruments: { kind: string; items: { dimension: string | null }[] }[];
    }>(run.server.baseUrl, lead.token, '{ instruments { kind items { dimension } } }');
    const german = [
      ...new Set(
        instruments
          .filter((i) => i.kind === 'self_assessment')
          .flatMap((i) => i.items.map((item) => item.dimension))
          .filter((d): d is string => d !== null),
      ),
    ];
    expect(german.length).toBeGreaterThan(0);
    // Every dimension of the data has an English name (a new one would show in German).
    for (const name of german) expect(dimensionName(reportCatalogue.en, name), name).not.toBe(name);
    await page.goto(`${run.server.baseUrl}/befragungen?lang=en`);
    await waitForPage(page, en['surveys.title']);
    // frameTable knows the German button only: switch this chart to its table in English.
    const frame = chartFrame(page, en['surveys.forestTitle']);
    await frame.getByRole('button', { name: en['chart.showTable'] }).click();
    const table = await readTable(frame.locator('table').first());
    const shown = [...new Set(table.map((r) => r[en['surveys.dimension']]?.text))].sort();
    expect(shown).toEqual(german.map((name) => dimensionName(reportCatalogue.en, name)).sort());
  });
});

describe('a funder reads its banner', () => {
  const funder = setUpSignedIn(run, FUNDER, { warmRelease: true });

  it("names the funder as a label, grammatical whatever the funder's article", async () => {
    const { page } = funder.session;
    const { viewer } = await queryGraphql<{ viewer: { funder: { name: string } | null } }>(
      run.server.baseUrl,
      funder.token,
      '{ viewer { funder { name } } }',
    );
    const name = viewer.funder?.name;
    if (!name) throw new Error('the funder user belongs to no funder');
    const banner = page.getByTestId('funder-banner').locator('p').first();
    await banner.waitFor();
    expect(await banner.textContent()).toBe(t('funder.banner', { funder: name }));
    // The name stands after a colon, never after "den von" (which "Deutsche Telekom Stiftung" cannot follow).
    expect(await banner.textContent()).toContain(`: ${name}.`);
    expect(await banner.textContent()).not.toMatch(/\bvon\b/);
  });
});
