import { reportCatalogue } from '@mintq/report-model';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import { MethodologyPage } from './MethodologyPage.js';

afterEach(() => cleanup());

describe('the Methodik page', () => {
  for (const language of ['de', 'en'] as const) {
    it(`lists every glossary entry of the reports, anchored by its key (${language})`, async () => {
      renderWithApi(<MethodologyPage />, { mocks: [viewerMock('ADMIN')], language, url: '/methodik' });
      const glossary = within(screen.getByTestId('glossary'));
      const report = reportCatalogue[language];
      expect(glossary.getByRole('heading', { level: 2 }).textContent).toBe(report.definitionsTitle);
      const terms = [...screen.getByTestId('glossary').querySelectorAll('dt')];
      expect(terms.map((dt) => [dt.id, dt.textContent, dt.nextElementSibling?.textContent])).toEqual(
        report.definitions.map((d) => [d.key, d.term, d.text]),
      );
    });
  }

  it("states a funder's suppression rule with its k, and tells other roles they see every figure", async () => {
    renderWithApi(<MethodologyPage />, {
      mocks: [viewerMock('FUNDER', { suppressionK: 7 })],
      url: '/methodik',
    });
    await expect
      .poll(() => screen.getByTestId('methodology-suppression').textContent)
      .toMatch(/^Zahlen, hinter denen 1 bis 6 Personen stehen/);
    cleanup();
    renderWithApi(<MethodologyPage />, { mocks: [viewerMock('ANALYST')], url: '/methodik' });
    await expect
      .poll(() => screen.getByTestId('methodology-suppression').textContent)
      .toContain('Ihre Rolle sieht alle Zahlen');
  });
});
