import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName.js';

describe('exportFileName', () => {
  it('spells out umlauts and keeps only letters, digits and dashes', () => {
    expect(exportFileName('Rücklauf je Welle (Prä/Post)', '2026-12-05', 'csv')).toBe(
      'ruecklauf-je-welle-prae-post-2026-12-05.csv',
    );
    expect(exportFileName('Größe – Übersicht', '2026-01-31', 'xlsx')).toBe(
      'groesse-uebersicht-2026-01-31.xlsx',
    );
  });

  it('falls back to mintq for a title without letters', () => {
    expect(exportFileName('•', '2026-12-05', 'csv')).toBe('mintq-2026-12-05.csv');
  });
});
