import { invalidInput } from '../participants/participant.errors';
import { daysInclusive, type IsoDate, isoDate } from './date-rules';
import { hasAtMostTwoDecimals } from './employment-rules';

export interface ActivitySupportInput {
  fromDate: string;
  toDate: string;
  dailyAmount: number;
}

export interface ValidActivitySupport {
  fromDate: IsoDate;
  toDate: IsoDate;
  /** Whole öre, so sums are exact. */
  dailyAmountOre: number;
}

export const maxDailyAmount = 10_000;

/** Aktivitetsstöd per day: 0–10 000 SEK in kronor and öre, over a period of whole days. */
export function validateActivitySupport(input: ActivitySupportInput): ValidActivitySupport {
  const fromDate = isoDate('fromDate', input.fromDate);
  const toDate = isoDate('toDate', input.toDate);
  if (toDate < fromDate) throw invalidInput('toDate', 'toDate must not be before fromDate');
  const amount = input.dailyAmount;
  if (
    typeof amount !== 'number' ||
    !(amount >= 0 && amount <= maxDailyAmount) ||
    !hasAtMostTwoDecimals(amount)
  ) {
    throw invalidInput('dailyAmount', 'dailyAmount must be 0–10 000 SEK with at most two decimals');
  }
  return { fromDate, toDate, dailyAmountOre: Math.round(amount * 100) };
}

export interface Period {
  fromDate: IsoDate;
  toDate: IsoDate;
}

/** Both ends inclusive: periods that share a day overlap. */
export function overlaps(a: Period, b: Period): boolean {
  return a.fromDate <= b.toDate && b.fromDate <= a.toDate;
}

/** Days of `period` inside the window, both inclusive. */
export function overlappingDays(period: Period, window: Period): number {
  if (!overlaps(period, window)) return 0;
  const from = period.fromDate > window.fromDate ? period.fromDate : window.fromDate;
  const to = period.toDate < window.toDate ? period.toDate : window.toDate;
  return daysInclusive(from, to);
}

/** Activity-support cost over a window in öre: each period's daily amount times its days inside. */
export function activitySupportCostOre(
  periods: readonly (Period & { dailyAmountOre: number })[],
  window: Period,
): number {
  return periods.reduce(
    (sum, period) => sum + period.dailyAmountOre * overlappingDays(period, window),
    0,
  );
}

/** The window a cost is asked for, checked like any input. */
export function costWindow(from: string, to: string): Period {
  const fromDate = isoDate('from', from);
  const toDate = isoDate('to', to);
  if (toDate < fromDate) throw invalidInput('to', 'to must not be before from');
  return { fromDate, toDate };
}
