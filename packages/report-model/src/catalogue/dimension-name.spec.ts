import { describe, expect, it } from 'vitest';
import { dimensionName, reportCatalogue } from './index.js';

describe('dimensionName', () => {
  it('gives a quality dimension its English name, and keeps the German one in German', () => {
    expect(dimensionName(reportCatalogue.en, 'Kooperation')).toBe('Cooperation');
    expect(dimensionName(reportCatalogue.de, 'Kooperation')).toBe('Kooperation');
  });

  it('shows a dimension new in the data as the data name it, rather than nothing', () => {
    expect(dimensionName(reportCatalogue.en, 'Neue Dimension')).toBe('Neue Dimension');
  });
});
