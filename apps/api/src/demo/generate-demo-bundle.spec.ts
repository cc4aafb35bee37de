import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBundle,
  countBundleAnswers,
  parseCsv,
  parseResponseFile,
  type Row,
} from '../test-support/bundle-check.js';
import { addDays, addMonths, berlinOffset } from './dates.js';
import { DEFAULT_DEMO_TODAY, generateDemoBundle } from './generate-demo-bundle.js';
import { SeededRandom } from './seeded-random.js';
import { writeBundleToFolder } from './write-bundle-folder.js';

const TODAY = DEFAULT_DEMO_TODAY;
const bundle = generateDemoBundle({ today: TODAY });
const rows = (name: string): Row[] => {
  const text = bundle.get(name);
  if (text === undefined) throw new Error(`${name} missing`);
  return parseCsv(text).rows;
};
const col = (name: string, column: string) => rows(name).map((r) => r[column] ?? '');

describe('seeded random', () => {
  it('repeats for a seed and differs between seeds', () => {
    const seq = (seed: number) => {
      const r = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
    for (const v of seq(3)) expect(v >= 0 && v < 1).toBe(true);
  });
});

describe('dates', () => {
  it('adds days and months without the clock', () => {
    expect(addDays('2025-05-22', 1)).toBe('2025-05-23');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addMonths('2025-05-22', 6)).toBe('2025-11-22');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(berlinOffset('2025-05-23')).toBe('+02:00');
    expect(berlinOffset('2025-11-23')).toBe('+01:00');
  });
});

describe('generateDemoBundle', () => {
  it('is deterministic: same seed → byte-identical files', () => {
    const again = generateDemoBundle({ today: TODAY });
    expect([...again.keys()]).toEqual([...bundle.keys()]);
    for (const [name, text] of bundle) expect(again.get(name), name).toBe(text);
    expect(generateDemoBundle()).toEqual(bundle); // defaults: same seed, same today
  });

  it('differs for another seed', () => {
    const other = generateDemoBundle({ seed: 7, today: TODAY });
    expect(other.get('participants.csv')).not.toBe(bundle.get('participants.csv'));
    expect(other.get('activities.csv')).not.toBe(bundle.get('activities.csv'));
  });

  it('obeys every validation rule of import-bundle.md and records nothing after today', () => {
    // The running cohort's planned end and Transferwerkstatt lie ahead; nothing that happened does.
    expect(checkBundle(bundle, TODAY, true)).toEqual([]);
  });

  it('has the programme, the seven funders and funding lines, some limited to a state', () => {
    expect(rows('programs.csv')).toEqual([{ program_key: 'mint-qo', name: 'MINT-Qualitätsoffensive' }]);
    const funders = rows('funders.csv');
    expect(funders).toHaveLength(7);
    expect(funders.filter((f) => f.kind === 'program_funder').map((f) => f.name)).toEqual([
      'aqtivator gGmbH',
    ]);
    expect(funders.filter((f) => f.kind === 'operator').map((f) => f.name)).toEqual(['Körber-Stiftung']);
    expect(funders.filter((f) => f.kind === 'foundation')).toHaveLength(5);
    const fundings = rows('fundings.csv');
    expect(new Set(fundings.map((f) => f.funder_key))).toEqual(new Set(funders.map((f) => f.funder_key)));
    expect(fundings.some((f) => f.state_code)).toBe(true);
    expect(
      fundings.some((f) => !f.state_code && f.funder_key !== 'aqtivator' && f.funder_key !== 'koerber'),
    ).toBe(true);
  });

  it('has the cohorts 2020-21 … 2025-26 with 28 graduates in 2024-25 and 2025-26 running', () => {
    const cohorts = rows('cohorts.csv');
    expect(cohorts.map((c) => c.cohort_key)).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
      '2025-26',
    ]);
    const c2425 = cohorts[4] as Row;
    expect(c2425.label).toBe('Qualifizierungsdurchgang 2024/25');
    expect(c2425.starts_on).toBe('2024-11-15');
    expect(c2425.ends_on).toBe('2025-05-23');
    expect(c2425.transfer_workshop_on).toBe('2025-05-22');
    for (const c of cohorts) {
      expect(c.starts_on?.slice(5)).toMatch(/^11-1\d$/);
      expect(c.ends_on?.slice(5)).toMatch(/^05-2\d$/);
      expect(c.transfer_workshop_on).toBe(addDays(c.ends_on ?? '', -1));
    }
    expect((cohorts[5] as Row).starts_on).toBe('2025-11-15');
    const enrollments = rows('enrollments.csv');
    const completed = (cohort: string) =>
      enrollments.filter((e) => e.cohort_key === cohort && e.status === 'completed').length;
    expect(completed('2024-25')).toBe(28);
    expect(completed('2025-26')).toBe(0);
    for (const c of ['2020-21', '2021-22', '2022-23', '2023-24']) expect(completed(c)).toBeGreaterThan(10);
    const waves = rows('waves.csv').filter((w) => w.cohort_key === '2025-26');
    expect(waves.map((w) => w.wave)).toEqual(['pre']);
    // Follow-up waves exactly for the finished cohorts whose follow-up date has come.
    const followUps = rows('waves.csv').filter((w) => w.wave === 'follow_up');
    expect(followUps.map((w) => w.cohort_key)).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
    ]);
    for (const w of rows('waves.csv')) expect((w.opens_on ?? '') <= TODAY).toBe(true);
    // Event waves for cohorts with a Transferwerkstatt (behind them).
    expect(rows('waves.csv').filter((w) => w.wave === 'event')).toHaveLength(5);
  });

  it('has some withdrawals and someone enrolled in two cohorts', () => {
    const enrollments = rows('enrollments.csv');
    expect(enrollments.filter((e) => e.status === 'withdrawn').length).toBeGreaterThan(3);
    for (const e of enrollments.filter((x) => x.status === 'withdrawn'))
      expect(e.withdrawn_on).toMatch(/^\d{4}-/);
    const perPerson = new Map<string, number>();
    for (const e of enrollments)
      perPerson.set(e.participant_key ?? '', (perPerson.get(e.participant_key ?? '') ?? 0) + 1);
    expect([...perPerson.values()].some((n) => n === 2)).toBe(true);
    expect(perPerson.size).toBe(rows('participants.csv').length);
  });

  it('spreads about 150 networks over all 16 states, each with 5–12 initiatives', () => {
    const networks = rows('networks.csv');
    expect(networks.length).toBeGreaterThanOrEqual(140);
    expect(networks.length).toBeLessThanOrEqual(160);
    expect(new Set(networks.map((n) => n.state_code)).size).toBe(16);
    const perState = (s: string) => networks.filter((n) => n.state_code === s).length;
    expect(perState('DE-NW')).toBeGreaterThan(perState('DE-HE'));
    expect(perState('DE-HE')).toBeGreaterThan(perState('DE-HB'));
    expect(new Set(networks.map((n) => n.name)).size).toBe(networks.length);
    const perNetwork = new Map<string, number>();
    for (const i of rows('initiatives.csv'))
      perNetwork.set(i.network_key ?? '', (perNetwork.get(i.network_key ?? '') ?? 0) + 1);
    for (const n of networks) {
      expect(perNetwork.get(n.network_key ?? '')).toBeGreaterThanOrEqual(5);
      expect(perNetwork.get(n.network_key ?? '')).toBeLessThanOrEqual(12);
    }
    expect(new Set(col('initiatives.csv', 'kind')).size).toBe(6);
  });

  it('has pseudonymous participant keys, German names and example.org e-mails', () => {
    const participants = rows('participants.csv');
    expect(participants[0]?.participant_key).toBe('P0001');
    for (const p of participants) {
      expect(p.participant_key).toMatch(/^P\d{4}$/);
      expect(p.display_name).toMatch(/^\S+ \S+$/);
      expect(p.email).toMatch(/^[a-z]+\.[a-z]+\d+@example\.org$/);
    }
    expect(new Set(col('participants.csv', 'email')).size).toBe(participants.length);
  });

  it('defines the two instruments with reversed items, dimensions and an NPS item', () => {
    const items = rows('items.csv');
    const sa = items.filter((i) => i.instrument_key === 'selbstanalyse');
    expect(new Set(sa.map((i) => i.dimension)).size).toBeGreaterThanOrEqual(4);
    expect(sa.some((i) => i.reversed === '1')).toBe(true);
    for (const i of sa) {
      expect([i.scale_min, i.scale_max]).toEqual(['1', '5']);
      expect(i.text_de && i.text_en).toBeTruthy();
    }
    const nps = items.filter((i) => i.role === 'nps');
    expect(nps).toEqual([
      expect.objectContaining({ instrument_key: 'transfer-feedback', scale_min: '0', scale_max: '10' }),
    ]);
  });

  it('writes one `;` file and response files in LimeSurvey and SoSci format', () => {
    const semicolon = [...bundle]
      .filter(([, text]) => parseCsv(text).delimiter === ';')
      .map(([name]) => name);
    expect(semicolon).toEqual(['activities.csv']);
    expect(bundle.get('activities.csv')?.startsWith('\uFEFF')).toBe(true);
    const formats = [...bundle]
      .filter(([name]) => name.startsWith('responses_'))
      .map(([name, text]) => parseResponseFile(name, text).format);
    expect(formats).toContain('limesurvey');
    expect(formats).toContain('sosci');
    expect(formats).toContain('canonical');
    // Every wave has its file, and every response file its wave.
    const waveFiles = col('waves.csv', 'wave_key').map((w) => `responses_${w}.csv`);
    expect([...bundle.keys()].filter((n) => n.startsWith('responses_')).sort()).toEqual(waveFiles.sort());
  });

  it('has answers in range, some missing, anonymous event feedback and a pre→post improvement', () => {
    const items = new Map(rows('items.csv').map((i) => [i.item_code ?? '', i]));
    const meanOf = (wave: string) => {
      let sum = 0;
      let n = 0;
      let missing = 0;
      for (const [name, text] of bundle) {
        if (!name.startsWith('responses_sa-') || !name.endsWith(`-${wave}.csv`)) continue;
        const file = parseResponseFile(name, text);
        for (const r of file.responses) {
          if (r.skipped) continue;
          missing += file.itemCodes.length - r.answers.size;
          for (const [code, v] of r.answers) {
            const item = items.get(code) as Row;
            sum += item.reversed === '1' ? 6 - v : v;
            n++;
          }
        }
      }
      return { mean: sum / n, missing, n };
    };
    const pre = meanOf('pre');
    const post = meanOf('post');
    expect(pre.missing).toBeGreaterThan(0);
    expect(post.mean - pre.mean).toBeGreaterThan(0.1);
    expect(post.mean - pre.mean).toBeLessThan(0.8);
    const anonymous = [...bundle]
      .filter(([name]) => name.startsWith('responses_tw-'))
      .flatMap(([name, text]) => parseResponseFile(name, text).responses)
      .filter((r) => r.participantKey === null);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(countBundleAnswers(bundle)).toBeGreaterThan(4000);
    // Skipped rows (incomplete LimeSurvey / SoSci) exist but are few.
    const skipped = [...bundle]
      .filter(([name]) => name.startsWith('responses_'))
      .flatMap(([name, text]) => parseResponseFile(name, text).responses)
      .filter((r) => r.skipped);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.length).toBeLessThan(15);
  });

  it('has 1–3 goals per completed participant, set at the Transferwerkstatt, due six months later', () => {
    const cohorts = new Map(rows('cohorts.csv').map((c) => [c.cohort_key ?? '', c]));
    const completed = new Set(
      rows('enrollments.csv')
        .filter((e) => e.status === 'completed')
        .map((e) => `${e.participant_key}|${e.cohort_key}`),
    );
    const goals = rows('goals.csv');
    const perEnrollment = new Map<string, number>();
    for (const g of goals) {
      const k = `${g.participant_key}|${g.cohort_key}`;
      expect(completed.has(k)).toBe(true);
      perEnrollment.set(k, (perEnrollment.get(k) ?? 0) + 1);
      const setOn = cohorts.get(g.cohort_key ?? '')?.transfer_workshop_on ?? '';
      expect(g.set_on).toBe(setOn);
      expect(g.due_on).toBe(addDays(addMonths(setOn, 6), -1));
    }
    expect(perEnrollment.size).toBe(completed.size);
    for (const n of perEnrollment.values()) expect(n >= 1 && n <= 3).toBe(true);
    expect(new Set(col('goals.csv', 'staircase_level')).size).toBeGreaterThanOrEqual(6);
    expect(goals.some((g) => g.weight !== '1')).toBe(true);
    const checkins = rows('checkins.csv');
    const checked = new Set(checkins.map((c) => c.goal_key));
    expect(goals.some((g) => !checked.has(g.goal_key))).toBe(true);
    expect(new Set(checkins.map((c) => c.gas_level))).toEqual(new Set(['-2', '-1', '0', '1', '2']));
    const goalSet = new Map(goals.map((g) => [g.goal_key ?? '', g.set_on ?? '']));
    for (const c of checkins)
      expect((c.checked_on ?? '') >= (goalSet.get(c.goal_key ?? '') ?? '')).toBe(true);
  });

  it('has multiplier activities of completed participants in their own network, 0–5 initiatives each', () => {
    const activities = rows('activities.csv');
    expect(activities.length).toBeGreaterThan(300);
    const networkOf = new Map(
      rows('participants.csv').map((p) => [p.participant_key ?? '', p.network_key ?? '']),
    );
    const stateOf = new Map(rows('networks.csv').map((n) => [n.network_key ?? '', n.state_code ?? '']));
    const initiativeNetwork = new Map(
      rows('initiatives.csv').map((i) => [i.initiative_key ?? '', i.network_key ?? '']),
    );
    let own = 0;
    let links = 0;
    for (const a of activities) {
      const keys = (a.initiative_keys ?? '').split('|').filter(Boolean);
      expect(keys.length).toBeLessThanOrEqual(5);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) {
        const network = initiativeNetwork.get(k) ?? '';
        links++;
        if (network === networkOf.get(a.participant_key ?? '')) own++;
        expect(stateOf.get(network)).toBe(stateOf.get(networkOf.get(a.participant_key ?? '') ?? ''));
      }
      expect(Number(a.educators_reached)).toBeGreaterThanOrEqual(0);
      expect(Number(a.youth_reached_estimate)).toBeGreaterThanOrEqual(0);
    }
    expect(own / links).toBeGreaterThan(0.9);
    expect(new Set(col('activities.csv', 'format')).size).toBe(5);
    expect(activities.some((a) => !a.initiative_keys)).toBe(true);
  });

  it('honours an earlier today: nothing after it, the cohorts not yet started left out', () => {
    const early = generateDemoBundle({ today: '2025-06-30' });
    expect(checkBundle(early, '2025-06-30', true)).toEqual([]);
    const cohorts = parseCsv(early.get('cohorts.csv') ?? '').rows.map((c) => c.cohort_key);
    expect(cohorts).toEqual(['2020-21', '2021-22', '2022-23', '2023-24', '2024-25']);
  });

  it('writes a bundle folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mintq-demo-'));
    try {
      await writeBundleToFolder(bundle, join(dir, 'nested', 'bundle'));
      const names = await readdir(join(dir, 'nested', 'bundle'));
      expect(names.sort()).toEqual([...bundle.keys()].sort());
      expect(await readFile(join(dir, 'nested', 'bundle', 'cohorts.csv'), 'utf8')).toBe(
        bundle.get('cohorts.csv'),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
