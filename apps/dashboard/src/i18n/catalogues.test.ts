import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { translate } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate(de, 'suppressed.label', { k: 5 })).toBe('weniger als 5 Personen');
    expect(translate(en, 'suppressed.label', { k: 7 })).toBe('fewer than 7 people');
    expect(translate(de, 'suppressed.label')).toBe('weniger als {k} Personen');
  });
});
