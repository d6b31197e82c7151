/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The region's "today": every date the seed writes lies on or before it, so rules refusing future
 * dates accept them. Fixed, so the seed is the same on every run.
 */
export const regionToday = '2026-11-30';
