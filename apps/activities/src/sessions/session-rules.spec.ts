import { DomainError } from '@jobbnatet/domain-core';
import { hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  isOfferingClosed,
  parseInstant,
  parseIsoWeek,
  validatePlan,
  validatePlans,
  validateReason,
  validateReplacements,
  validateScheduleShape,
  validateTimes,
  validateWindow,
} from './session-rules';

const offering = { fromDate: '2027-01-11', toDate: '2027-04-02' };
const plan = {
  kind: 'GROUP_MEETING',
  startsAt: '2027-01-18T09:00+01:00',
  endsAt: '2027-01-18T10:30+01:00',
  room: ' Sal 3 ',
  leader: 'Karin Lund',
};

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('session rules', () => {
  it('accepts a session within the offering, trimming the room', () => {
    expect(validatePlan(plan, offering)).toEqual({
      kind: 'GROUP_MEETING',
      startsAt: new Date('2027-01-18T08:00:00Z'),
      endsAt: new Date('2027-01-18T09:30:00Z'),
      room: 'Sal 3',
      leader: 'Karin Lund',
    });
    expect(validatePlan({ ...plan, room: null, leader: undefined }, offering)).toMatchObject({
      room: null,
      leader: null,
    });
  });

  it('refuses a session that ends before or when it starts', () => {
    const error = refusal(() =>
      validateTimes('2027-01-18T10:00+01:00', '2027-01-18T09:00+01:00', offering),
    );
    expect(error).toMatchObject({ code: 'SESSION.INVALID_INPUT', field: 'endsAt' });
    expect(
      refusal(() => validateTimes('2027-01-18T10:00Z', '2027-01-18T10:00Z', offering)).field,
    ).toBe('endsAt');
  });

  it('reads the day in Swedish time: 23:30 UTC in winter is already the next day', () => {
    // 2027-01-18T23:30Z is 00:30 on 19 January in Stockholm; the end, 22:00Z, is still the 18th.
    const error = refusal(() => validateTimes('2027-01-18T22:00Z', '2027-01-18T23:30Z', offering));
    expect(error).toMatchObject({ field: 'endsAt' });
    expect(
      validateTimes('2027-07-01T20:00Z', '2027-07-01T21:59Z', {
        ...offering,
        toDate: '2027-07-01',
      }),
    ).toBeDefined();
  });

  it('refuses a session outside the offering’s dates, also by the Swedish day', () => {
    expect(
      refusal(() => validateTimes('2027-01-10T09:00+01:00', '2027-01-10T10:00+01:00', offering)),
    ).toMatchObject({ field: 'startsAt' });
    expect(
      refusal(() => validateTimes('2027-04-03T09:00+02:00', '2027-04-03T10:00+02:00', offering)),
    ).toMatchObject({ field: 'startsAt' });
    // 23:30 UTC on 10 January is 00:30 on the 11th in Stockholm: the offering's first day.
    expect(validateTimes('2027-01-10T23:30Z', '2027-01-11T01:00Z', offering)).toBeDefined();
  });

  it('needs an explicit offset and a real time', () => {
    for (const value of [
      '2027-01-18T09:00',
      '2027-01-18 09:00+01:00',
      '2027-02-30T09:00Z',
      '2027-01-18T24:00Z',
      '2027-01-18T09:00+15:00',
      '2100-01-01T09:00Z',
      1_800_000_000_000,
    ]) {
      expect(refusal(() => parseInstant('startsAt', value))).toMatchObject({ field: 'startsAt' });
    }
    expect(parseInstant('startsAt', '2027-01-18T09:00:30.5-05:00')).toEqual(
      new Date('2027-01-18T14:00:30.500Z'),
    );
  });

  it('never accepts hostile text as a time, a kind, a room or a leader, nor echoes it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('startsAt', 'kind', 'room', 'leader'),
        hostileString().filter((value) => !/\p{L}/u.test(value.trim()) || value.length > 200),
        (field, value) => {
          const error = refusal(() => validatePlan({ ...plan, [field]: value }, offering));
          expect(error.field).toBe(field);
          if (value.length > 8) expect(error.message).not.toContain(value);
        },
      ),
    );
  });

  it('names the position of the bad session in a list', () => {
    const error = refusal(() => validatePlans([plan, { ...plan, kind: 'PARTY' }], offering));
    expect(error.field).toBe('sessions[1].kind');
  });

  it('takes 1–50 sessions for a real offering id', () => {
    const offeringId = '8E2D4C6B-1A3F-4E5D-9C7B-6A5F4E3D2C1B';
    expect(validateScheduleShape({ offeringId, sessions: [plan] })).toBe(offeringId.toLowerCase());
    expect(refusal(() => validateScheduleShape({ offeringId, sessions: [] })).field).toBe(
      'sessions',
    );
    expect(
      refusal(() => validateScheduleShape({ offeringId, sessions: Array(51).fill(plan) })).field,
    ).toBe('sessions');
    expect(refusal(() => validateScheduleShape({ offeringId: 'x', sessions: [plan] })).field).toBe(
      'offeringId',
    );
  });

  it('keeps an omitted room or leader on a reschedule and clears a null one', () => {
    const current = { room: 'Sal 3', leader: 'Karin Lund' };
    expect(validateReplacements({}, current)).toEqual(current);
    expect(validateReplacements({ room: null, leader: 'Ali Said' }, current)).toEqual({
      room: null,
      leader: 'Ali Said',
    });
  });

  it('knows the cancellation reasons and closed offerings', () => {
    expect(validateReason('LEADER_UNAVAILABLE')).toBe('LEADER_UNAVAILABLE');
    expect(refusal(() => validateReason('SICK')).field).toBe('reason');
    expect(['FINISHED', 'CANCELLED'].every((s) => isOfferingClosed(s as 'FINISHED'))).toBe(true);
    expect(isOfferingClosed('RUNNING')).toBe(false);
  });

  it('takes a window of at most 92 days', () => {
    expect(validateWindow('2027-01-01', '2027-04-02')).toEqual({
      from: '2027-01-01',
      to: '2027-04-02',
    });
    expect(refusal(() => validateWindow('2027-01-01', '2027-04-03')).field).toBe('to');
    expect(refusal(() => validateWindow('2027-01-02', '2027-01-01')).field).toBe('to');
    expect(refusal(() => validateWindow('2027-02-30', '2027-03-01')).field).toBe('from');
  });

  describe('ISO weeks', () => {
    it('gives Monday to Sunday of a week', () => {
      expect(parseIsoWeek('2027-W03')).toEqual([
        { date: '2027-01-18', weekday: 'MONDAY' },
        { date: '2027-01-19', weekday: 'TUESDAY' },
        { date: '2027-01-20', weekday: 'WEDNESDAY' },
        { date: '2027-01-21', weekday: 'THURSDAY' },
        { date: '2027-01-22', weekday: 'FRIDAY' },
        { date: '2027-01-23', weekday: 'SATURDAY' },
        { date: '2027-01-24', weekday: 'SUNDAY' },
      ]);
    });

    it('starts week 1 in the old year when 1 January is late in the week', () => {
      // 1 January 2026 is a Thursday, 1 January 2027 a Friday (so 2027-W01 starts 4 January).
      expect(parseIsoWeek('2026-W01')[0]!.date).toBe('2025-12-29');
      expect(parseIsoWeek('2027-W01')[0]!.date).toBe('2027-01-04');
    });

    it('has a 53rd week only in long years', () => {
      expect(parseIsoWeek('2026-W53')[6]!.date).toBe('2027-01-03');
      expect(parseIsoWeek('2020-W53')[0]!.date).toBe('2020-12-28');
      expect(refusal(() => parseIsoWeek('2027-W53')).field).toBe('week');
    });

    it('refuses what is not an ISO week', () => {
      for (const value of ['2027-W00', '2027-W3', '2027W03', '2027-03', '1999-W10', '']) {
        expect(refusal(() => parseIsoWeek(value)).field).toBe('week');
      }
    });
  });
});
