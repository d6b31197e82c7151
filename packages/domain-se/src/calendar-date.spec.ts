import {
  fullYearsBetween,
  isCalendarDate,
  isoDate,
  parseIsoDate,
  swedishDate,
  swedishDay,
} from './calendar-date';

describe('isCalendarDate', () => {
  it('accepts 29 February in leap years only', () => {
    expect(isCalendarDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isCalendarDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isCalendarDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isCalendarDate({ year: 2023, month: 2, day: 29 })).toBe(false);
  });

  it('rejects day 0, day 31 of a 30-day month and month 13', () => {
    expect(isCalendarDate({ year: 1990, month: 1, day: 0 })).toBe(false);
    expect(isCalendarDate({ year: 1990, month: 4, day: 31 })).toBe(false);
    expect(isCalendarDate({ year: 1990, month: 13, day: 1 })).toBe(false);
  });

  it('does not read a two-digit year as the 1900s', () => {
    expect(isCalendarDate({ year: 4, month: 2, day: 29 })).toBe(true);
    expect(isCalendarDate({ year: 1904, month: 2, day: 29 })).toBe(true);
    expect(isCalendarDate({ year: 3, month: 2, day: 29 })).toBe(false);
  });
});

describe('swedishDate', () => {
  it('gives the date in Stockholm, which is ahead of UTC around midnight', () => {
    expect(swedishDate(new Date('2025-06-14T22:30:00Z'))).toEqual({
      year: 2025,
      month: 6,
      day: 15,
    });
    expect(swedishDate(new Date('2025-01-14T23:30:00Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 15,
    });
    expect(swedishDate(new Date('2025-01-14T22:30:00Z'))).toEqual({
      year: 2025,
      month: 1,
      day: 14,
    });
  });
});

describe('fullYearsBetween', () => {
  const birth = { year: 1990, month: 6, day: 15 };

  it('counts a year only once the birthday has come', () => {
    expect(fullYearsBetween(birth, { year: 2025, month: 6, day: 14 })).toBe(34);
    expect(fullYearsBetween(birth, { year: 2025, month: 6, day: 15 })).toBe(35);
  });

  it('lets someone born on 29 February turn a year older on 1 March in common years', () => {
    const leapling = { year: 2012, month: 2, day: 29 };
    expect(fullYearsBetween(leapling, { year: 2025, month: 2, day: 28 })).toBe(12);
    expect(fullYearsBetween(leapling, { year: 2025, month: 3, day: 1 })).toBe(13);
  });
});

describe('isoDate', () => {
  it('pads month and day to two digits', () => {
    expect(isoDate({ year: 1890, month: 1, day: 2 })).toBe('1890-01-02');
  });
});

describe('ISO dates and the Swedish day', () => {
  it('reads real days only, in the one written form', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2023-1-1', '20230101', '2023-13-01', 'yesterday', 20230101]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  it('names the day in Sweden, not on the server', () => {
    expect(swedishDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});
