import { parseIsoDate, swedishDay } from '@jobbnatet/domain-se';
import { invalidInput } from '../participants/participant.errors';

/** A calendar day as `YYYY-MM-DD`: what every date of a case is, with no time and no zone. */
export type IsoDate = string;

/** Dates a case can plausibly hold; anything else is a typing error. */
const earliestYear = 2000;
const latestYear = 2099;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar day in 2000–2099 as `YYYY-MM-DD`, or a typed error naming `field`. */
export function isoDate(field: string, value: unknown): IsoDate {
  const date = parseIsoDate(value);
  if (!date || date.year < earliestYear || date.year > latestYear) {
    throw invalidInput(field, `${field} must be a date YYYY-MM-DD between 2000 and 2099`);
  }
  return value as IsoDate;
}

const toUtc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const next = toUtc(date);
  next.setUTCDate(next.getUTCDate() + days);
  return fromUtc(next);
}

/**
 * Calendar months later, kept at the month's end where the day does not exist:
 * 31 January + 1 month is 28 (or 29) February, 31 August + 3 months is 30 November.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** Days from `from` to `to` inclusive (0 when `to` is before `from`). */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  const days = Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000) + 1;
  return Math.max(0, days);
}

/** Today in Sweden: the day officers work in, whatever the server's zone. */
export const swedishDate = (now: Date): IsoDate => swedishDay(now);
