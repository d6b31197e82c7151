/** A day in the calendar, without time of day or time zone: birth dates and "today" in Sweden. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  const date = new Date(0);
  // setUTCFullYear, unlike the Date constructor, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const stockholm = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The date in Sweden at `instant`: ages and centuries follow the Swedish calendar day. */
export function swedishDate(instant: Date): CalendarDate {
  const part = (type: 'year' | 'month' | 'day'): number =>
    Number(stockholm.formatToParts(instant).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `YYYY-MM-DD` */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years from `from` to `to`; a 29 February birthday comes on 1 March in common years. */
export function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  const years = to.year - from.year;
  const beforeAnniversary = to.month < from.month || (to.month === from.month && to.day < from.day);
  return beforeAnniversary ? years - 1 : years;
}
