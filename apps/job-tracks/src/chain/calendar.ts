/** Day arithmetic on `YYYY-MM-DD` strings, in UTC so no clock change moves a day. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const moved = day(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return iso(moved);
}

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1). */
export function addMonths(date: string, months: number): string {
  const start = day(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(start.getUTCDate(), last.getUTCDate()));
  return iso(target);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((day(to).getTime() - day(from).getTime()) / 86_400_000);
}
