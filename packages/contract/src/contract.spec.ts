import { describe, expect, it } from 'vitest';
import { HIDDEN_COUNT_KEYS, toPublic } from './metric-shapes.js';
import { REPORT_CONTENT_VERSION, readReportContent } from './report-snapshot.js';
import { CAPABILITIES, CAPABILITY_NAMES, can, capabilitiesOf, ROLES, STORED_ROLES } from './roles.js';
import { fromStoredWave, STORED_WAVE_KINDS, toStoredWave, WAVE_KINDS } from './wave-kinds.js';

describe('toPublic', () => {
  it('drops every hidden count at every depth and keeps everything else', () => {
    const metric = {
      multipliers: 7,
      suppressed: false,
      people: 12,
      byState: [{ state: 'DE-BY', multipliers: null, suppressed: true, people: 3 }],
      dimensions: [
        { dimension: 'Wirkung', alphaFrom: 0.8, alphaFromResponses: 4, alphaToResponses: 9, people: [2, 3] },
      ],
    };
    expect(toPublic(metric)).toEqual({
      multipliers: 7,
      suppressed: false,
      byState: [{ state: 'DE-BY', multipliers: null, suppressed: true }],
      dimensions: [{ dimension: 'Wirkung', alphaFrom: 0.8 }],
    });
    expect(JSON.stringify(toPublic(metric))).not.toMatch(new RegExp(HIDDEN_COUNT_KEYS.join('|')));
    expect(metric.people).toBe(12);
  });
});

describe('roles and capabilities', () => {
  it('stores roles in lower case', () => {
    expect(STORED_ROLES).toEqual(ROLES.map((r) => r.toLowerCase()));
  });

  it('gives every role exactly the capabilities the table lists', () => {
    for (const role of ROLES) {
      const caps = capabilitiesOf(role);
      expect(Object.keys(caps)).toEqual(CAPABILITY_NAMES);
      for (const c of CAPABILITY_NAMES)
        expect(caps[c]).toBe((CAPABILITIES[c] as readonly string[]).includes(role));
    }
    expect(can('FUNDER', 'readReports')).toBe(true);
    expect(can('FUNDER', 'readPseudonymisedRows')).toBe(false);
    expect(can('ANALYST', 'generateReports')).toBe(false);
  });
});

describe('wave kinds', () => {
  it('round-trips between the API and the stored form', () => {
    expect(STORED_WAVE_KINDS).toEqual(['pre', 'post', 'follow_up', 'event']);
    for (const kind of WAVE_KINDS) expect(fromStoredWave(toStoredWave(kind))).toBe(kind);
  });
});

describe('readReportContent', () => {
  it('reads an unversioned report as version 1 and keeps a versioned one', () => {
    const stored = { asOf: '2026-06-30' } as unknown as Parameters<typeof readReportContent>[0];
    expect(readReportContent(stored).version).toBe(1);
    expect(readReportContent({ ...stored, version: REPORT_CONTENT_VERSION }).version).toBe(
      REPORT_CONTENT_VERSION,
    );
  });
});
