import { GLOSSARY_KEYS, glossaryEntry } from '@mintq/report-model';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.js';
import { en } from '../../i18n/en.js';
import { METHODOLOGY_PATH } from '../../modules/shell/navItems.js';
import { renderWithApi } from '../testing/renderWithApi.js';
import { Definition } from './Definition.js';

afterEach(() => cleanup());

// Every KPI and chart names a glossary key (the compiler checks the name); here each key must
// open a definition in both languages, the reports' own text, with its anchor on the Methodik page.
describe('"Was heißt das?"', () => {
  for (const [language, messages] of [
    ['de', de],
    ['en', en],
  ] as const) {
    it(`opens every glossary entry in place, in ${language === 'de' ? 'German' : 'English'}`, () => {
      for (const key of GLOSSARY_KEYS) {
        const { container, unmount } = renderWithApi(<Definition term={key} />, {
          mocks: [],
          language,
          url: '/wirkungsziele?cohorts=2024-25',
        });
        const entry = glossaryEntry(language, key);
        const details = container.querySelector('details');
        const summary = container.querySelector('summary');
        expect(details?.open, key).toBe(false);
        expect(summary?.textContent).toBe(`${messages['definition.open']}: ${entry.term}`);
        fireEvent.click(summary as HTMLElement);
        expect(details?.open, key).toBe(true);
        expect(container.querySelector('.mq-app-definition__term')?.textContent).toBe(entry.term);
        expect(container.querySelector('.mq-app-definition__text')?.textContent).toBe(entry.text);
        const link = screen.getByRole('link', { name: messages['definition.more'] });
        // The filters stay in the link, so the way back shows the same view.
        expect(link.getAttribute('href')).toBe(`${METHODOLOGY_PATH}?cohorts=2024-25#${key}`);
        unmount();
      }
    });
  }
});
