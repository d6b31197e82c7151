import { addDays, addMonths, daysBetween } from './calendar';
import { datesOf, insertionPosition, movePosition, validateStep, weeksOf } from './chain-rules';

const weeks = {
  interventionTypeCode: 'JOBBFORUM',
  responsible: 'AF',
  parallelWithPrevious: false,
  startWeek: 0,
  endWeek: 3,
};

describe('chain rules', () => {
  it('takes a step as a type or an offering, never both or neither', () => {
    expect(validateStep(weeks)).toMatchObject({
      interventionTypeCode: 'JOBBFORUM',
      offeringId: null,
    });
    const offering = '5D4C3B2A-1F0E-4D9C-8B7A-6F5E4D3C2B1A';
    expect(
      validateStep({ ...weeks, interventionTypeCode: null, offeringId: offering }).offeringId,
    ).toBe(offering.toLowerCase());
    expect(() => validateStep({ ...weeks, offeringId: offering })).toThrow(/not both/);
    expect(() => validateStep({ ...weeks, interventionTypeCode: null })).toThrow(/not both/);
  });

  it('takes dates as days or as weeks, in order, never both', () => {
    expect(() =>
      validateStep({ ...weeks, plannedStart: '2027-05-01', plannedEnd: '2027-05-02' }),
    ).toThrow(/not both/);
    expect(() => validateStep({ ...weeks, startWeek: 4, endWeek: 3 })).toThrow(/endWeek/);
    expect(() =>
      validateStep({
        ...weeks,
        startWeek: null,
        endWeek: null,
        plannedStart: '2027-05-02',
        plannedEnd: '2027-05-01',
      }),
    ).toThrow(/plannedEnd/);
    expect(() => validateStep({ ...weeks, startWeek: 157 })).toThrow(/startWeek/);
  });

  it('counts weeks from the implementation start: week 0 is its first seven days', () => {
    expect(
      datesOf({ plannedStart: null, plannedEnd: null, startWeek: 0, endWeek: 0 }, '2027-05-01'),
    ).toEqual({
      start: '2027-05-01',
      end: '2027-05-07',
    });
    expect(
      datesOf({ plannedStart: null, plannedEnd: null, startWeek: -2, endWeek: 1 }, '2027-05-01'),
    ).toEqual({
      start: '2027-04-17',
      end: '2027-05-14',
    });
    expect(weeksOf('2027-05-15', '2027-06-30', '2027-05-01')).toEqual({ startWeek: 2, endWeek: 8 });
  });

  it('inserts at 1 … n + 1 (the end by default) and moves within 1 … n', () => {
    expect(insertionPosition(null, 3)).toBe(4);
    expect(insertionPosition(1, 3)).toBe(1);
    expect(() => insertionPosition(5, 3)).toThrow(/position/);
    expect(movePosition(3, 3)).toBe(3);
    expect(() => movePosition(0, 3)).toThrow(/position/);
    expect(() => movePosition(1.5, 3)).toThrow(/position/);
  });

  it('does day arithmetic on calendar days, months ending at their last day', () => {
    expect(addDays('2027-12-25', 14)).toBe('2028-01-08');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });
});
