import { hostileDates } from '@jobbnatet/testing';
import { addDays, addMonths, daysInclusive, isoDate, swedishDate } from './date-rules';

describe('dates of a case', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 3, '2025-11-30'],
    ['2025-03-31', 6, '2025-09-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-10-31', 12, '2026-10-31'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts days with both ends inclusive', () => {
    expect(daysInclusive('2025-01-01', '2025-01-01')).toBe(1);
    expect(daysInclusive('2025-01-01', '2025-12-31')).toBe(365);
    expect(daysInclusive('2025-03-29', '2025-03-31')).toBe(3); // across the switch to summer time
    expect(daysInclusive('2025-02-01', '2025-01-31')).toBe(0);
  });

  it('takes today in Swedish time, not the server’s', () => {
    expect(swedishDate(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(swedishDate(new Date('2025-01-01T22:59:00Z'))).toBe('2025-01-01');
  });

  it.each([...hostileDates, '1999-12-31', '2100-01-01', ' 2025-01-01', '2025-01-01 '])(
    'refuses %j naming the field',
    (value) => {
      expect(() => isoDate('startDate', value)).toThrow(
        expect.objectContaining({ code: 'PARTICIPANT.INVALID_INPUT', field: 'startDate' }),
      );
    },
  );

  it('accepts real days, leap days included', () => {
    expect(isoDate('startDate', '2024-02-29')).toBe('2024-02-29');
  });
});
