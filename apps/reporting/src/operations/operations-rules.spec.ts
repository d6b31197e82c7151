import {
  addMonths,
  followUpOverdue,
  overdueRetentionMonths,
  type TrackFollowUps,
} from './operations-rules';

describe('retention check due dates', () => {
  it('falls on the same day months later, or on the month’s last day when it has none', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', 12)).toBe('2027-03-31');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
  });

  it('makes a check overdue only once the grace after its due date has passed', () => {
    // Due 2026-04-15, grace 14 days: still in grace on 2026-04-29, overdue from 2026-04-30.
    expect(overdueRetentionMonths('2026-01-15', [], '2026-04-29', 14)).toEqual([]);
    expect(overdueRetentionMonths('2026-01-15', [], '2026-04-30', 14)).toEqual([3]);
  });

  it('counts a month-end start’s check from the clamped due date', () => {
    // 30 Nov + 3 months is 28 Feb 2026; with no grace it is overdue on 1 March.
    expect(overdueRetentionMonths('2025-11-30', [], '2026-02-28', 0)).toEqual([]);
    expect(overdueRetentionMonths('2025-11-30', [], '2026-03-01', 0)).toEqual([3]);
  });

  it('never counts a recorded month, and counts every month past due', () => {
    expect(overdueRetentionMonths('2025-01-10', [3], '2026-02-01', 14)).toEqual([6, 12]);
    expect(overdueRetentionMonths('2025-01-10', [3, 6, 12], '2027-01-01', 14)).toEqual([]);
  });
});

describe('overdue follow-ups', () => {
  const track = (change: Partial<TrackFollowUps>): TrackFollowUps => ({
    phase: 'IMPLEMENTATION',
    everyDays: 14,
    implementationSince: '2026-03-01',
    lastHeldOn: null,
    ...change,
  });

  it('is due the interval after entering implementation, and overdue the day after', () => {
    expect(followUpOverdue(track({}), '2026-03-15')).toBe(false);
    expect(followUpOverdue(track({}), '2026-03-16')).toBe(true);
  });

  it('counts from the last follow-up held', () => {
    expect(followUpOverdue(track({ lastHeldOn: '2026-03-10' }), '2026-03-24')).toBe(false);
    expect(followUpOverdue(track({ lastHeldOn: '2026-03-10' }), '2026-03-25')).toBe(true);
  });

  it('restarts the interval when a track re-enters implementation after its last follow-up', () => {
    const back = track({ implementationSince: '2026-05-01', lastHeldOn: '2026-03-10' });
    expect(followUpOverdue(back, '2026-05-15')).toBe(false);
  });

  it('is never overdue outside implementation or without a known interval', () => {
    expect(followUpOverdue(track({ phase: 'CLOSING' }), '2027-01-01')).toBe(false);
    expect(followUpOverdue(track({ everyDays: null }), '2027-01-01')).toBe(false);
    expect(
      followUpOverdue(track({ implementationSince: null, lastHeldOn: null }), '2027-01-01'),
    ).toBe(false);
  });
});
