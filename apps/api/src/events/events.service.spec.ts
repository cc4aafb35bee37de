import { beforeAll, describe, expect, it } from 'vitest';
import { expectGoldenCase, GOLDEN_CASES, goldenScope, goldenViewer } from '../test-support/golden-cases.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { TEST_ADMIN as admin, useSampleDatabase } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { EventsService } from './events.service.js';

const cases = GOLDEN_CASES.filter((c) => c.query === 'eventFeedback');

describe.each(testDatabases())('eventFeedback on $kind', (factory) => {
  const sample = useSampleDatabase(factory);
  let service: EventsService;
  let anonymousResponses: number;
  beforeAll(async () => {
    service = createMetricServices(sample.database).events;
    const counted = await sample.database.db
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('w.wave', '=', 'event')
      .where('r.participant_id', 'is', null)
      .executeTakeFirstOrThrow();
    anonymousResponses = Number(counted.n);
  });

  it('covers the eventFeedback cases of expected.json, a FUNDER one among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(cases.some((c) => c.role === 'FUNDER')).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s equals expected.json', async (_name, golden) => {
    const feedback = await service.getEventFeedback(
      goldenViewer(golden, sample.funderId(golden.funder)),
      golden.args?.instrument ?? '',
      goldenScope(golden),
    );
    expectGoldenCase(golden, feedback);
  });

  it('rejects an unknown instrument with BAD_USER_INPUT', async () => {
    await expect(service.getEventFeedback(admin, 'no-such-instrument', {})).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('drops the anonymous responses as soon as the scope filters states, even by all of them', async () => {
    const all16 = (
      await sample.database.db.selectFrom('networks').select('state_code').distinct().execute()
    ).map((r) => r.state_code);
    const unfiltered = await service.getEventFeedback(admin, 'transfer-feedback', {});
    const everyState = await service.getEventFeedback(admin, 'transfer-feedback', { states: all16 });
    expect(anonymousResponses).toBeGreaterThan(0);
    expect(everyState.responses).toBe((unfiltered.responses ?? 0) - anonymousResponses);
  });

  it('keeps anonymous responses for a funder only in cohorts it funds with an open line', async () => {
    // joachim-herz funds 2024-25 with an open line: its anonymous responses count, 2023-24's do not.
    const asFunder = await service.getEventFeedback(admin, 'transfer-feedback', { funder: 'joachim-herz' });
    const cohort = await service.getEventFeedback(admin, 'transfer-feedback', { cohorts: ['2024-25'] });
    expect(asFunder.responses).toBe(cohort.responses);
    // kinder-forschen funds 2024-25 only in DE-HB: no anonymous response qualifies.
    const limited = await service.getEventFeedback(admin, 'transfer-feedback', { funder: 'kinder-forschen' });
    const hb = await service.getEventFeedback(admin, 'transfer-feedback', {
      cohorts: ['2024-25'],
      states: ['DE-HB'],
    });
    expect(limited.responses).toBe(hb.responses);
  });

  it('gives no responses and no NPS for an instrument without event waves', async () => {
    const feedback = await service.getEventFeedback(admin, 'selbstanalyse', {});
    expect(feedback).toMatchObject({
      instrument: 'selbstanalyse',
      responses: 0,
      nps: null,
      suppressed: false,
    });
  });
});
