import { describe, expect, it } from 'vitest';
import { ENTITY_WRITES, updatedColumns } from './upsert-plans.js';

describe('the upserts derived from the bundle spec', () => {
  it('resolve references to ids by joining the referenced tables', () => {
    expect(ENTITY_WRITES.fundings.upsert).toEqual({
      table: 'fundings',
      source: [
        ['funder_key', 'text'],
        ['cohort_key', 'text'],
        ['state_code', 'text'],
        ['amount_eur', 'numeric'],
      ],
      columns: [
        { column: 'funder_id', expression: 'f.id', from: 'funder_key', references: 'funders' },
        { column: 'cohort_id', expression: 'c.id', from: 'cohort_key', references: 'cohorts' },
        { column: 'state_code', expression: 's.state_code', from: 'state_code' },
        { column: 'amount_eur', expression: 's.amount_eur', from: 'amount_eur' },
      ],
      joins: 'join funders f on f.key = s.funder_key join cohorts c on c.key = s.cohort_key',
      conflict: ['funder_id', 'cohort_id', 'state_code'],
    });
    expect(ENTITY_WRITES.items.upsert?.defaults).toEqual({ reversed: false, role: 'likert' });
  });

  it('store responses under their wave, a response without participant too', () => {
    const plan = ENTITY_WRITES.responses.upsert;
    expect(plan?.joins).toBe(
      'join waves w on w.key = s.wave_key left join participants p on p.key = s.participant_key',
    );
    expect(plan && updatedColumns(plan)).toEqual(['participant_id', 'submitted_at', 'listed_order']);
  });

  it('update only the columns a file holds', () => {
    const plan = ENTITY_WRITES.participants.upsert;
    expect(plan && updatedColumns(plan, new Set(['participant_key', 'network_key']))).toEqual(['network_id']);
  });

  it('replace a goal’s check-ins and an activity’s links', () => {
    const checkins = ENTITY_WRITES.checkins.replace;
    expect(checkins?.sync.rows.select).toBe('g.id, s.position, s.checked_on, s.gas_level, s.value, s.note');
    expect(checkins?.sync.types).toEqual(['integer', 'integer', 'date', 'smallint', 'text', 'text']);
    const links = ENTITY_WRITES.activities.links;
    expect(links?.sync.rows.joins).toBe(
      'join activities a on a.key = s.activity_key join initiatives i on i.key = s.initiative_key',
    );
    expect(links?.sync.parents).toEqual({
      source: [['activity_key', 'text']],
      select: 'a.id',
      joins: 'join activities a on a.key = s.activity_key',
    });
  });
});
