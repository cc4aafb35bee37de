import { describe, expect, it } from 'vitest';
import { completenessRow, fieldChanges } from './completeness.service.js';

describe('the fields a history row shows', () => {
  it('lists every field of a creation with old null, and of a deletion with new null', () => {
    expect(fieldChanges(null, { title: 'Ziel', weight: 1, levels: ['a', 'b'] })).toEqual([
      { field: 'title', old: null, new: 'Ziel' },
      { field: 'weight', old: null, new: '1' },
      { field: 'levels', old: null, new: '["a","b"]' },
    ]);
    expect(fieldChanges({ title: 'Ziel', note: null }, null)).toEqual([
      { field: 'title', old: 'Ziel', new: null },
    ]);
  });

  it('lists only what differs, fields the before alone has last, and reads JSON text too', () => {
    expect(
      fieldChanges('{"title":"A","weight":1,"gone":"x"}', { title: 'B', weight: 1, dueOn: '2026-06-30' }),
    ).toEqual([
      { field: 'title', old: 'A', new: 'B' },
      { field: 'dueOn', old: null, new: '2026-06-30' },
      { field: 'gone', old: 'x', new: null },
    ]);
  });
});

describe('one person’s completeness row', () => {
  const base = {
    participant_key: 'P0001',
    display_name: null,
    email: null,
    enrollment_status: 'enrolled' as const,
    account_status: null,
    goals: [],
    last_activity_on: null,
    last_reminded_at: null,
    scheduled_reminders: 0,
  };

  it('names the goal that needs attention most and the next due date of those not checked', () => {
    const row = completenessRow(
      {
        ...base,
        account_status: 'invited',
        goals: [
          { dueOn: '2026-03-01', checkinDates: ['2026-03-01'] }, // CHECKED
          { dueOn: '2026-12-10', checkinDates: [] }, // DUE (within 14 days)
          { dueOn: '2027-06-01', checkinDates: ['2026-10-01'] }, // INTERIM
        ],
      },
      '2026-12-05',
    );
    expect(row).toMatchObject({
      account: 'INVITED',
      goals: 3,
      goalProgress: 'DUE',
      nextDueOn: '2026-12-10',
      checkinDue: true,
      checkinOverdue: false,
      noRecentActivity: true,
    });
    expect(completenessRow(base, '2026-12-05')).toMatchObject({
      goalProgress: null,
      nextDueOn: null,
      account: 'NONE',
    });
  });

  it('counts an activity exactly three months back as recent, one day earlier not', () => {
    expect(completenessRow({ ...base, last_activity_on: '2026-09-05' }, '2026-12-05').noRecentActivity).toBe(
      false,
    );
    expect(completenessRow({ ...base, last_activity_on: '2026-09-04' }, '2026-12-05').noRecentActivity).toBe(
      true,
    );
  });
});
