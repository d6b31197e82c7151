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

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day a `YYYY-MM-DD` string names, or null when it names none (`2023-02-30`, `2023-1-1`). */
export function parseIsoDate(value: unknown): CalendarDate | null {
  const match = typeof value === 'string' ? isoPattern.exec(value) : null;
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDate(date) ? date : null;
}

/** The calendar day in Sweden at `instant` (now by default), `YYYY-MM-DD`, whatever the server's zone. */
export function swedishDay(instant: Date = new Date()): string {
  return isoDate(swedishDate(instant));
}
