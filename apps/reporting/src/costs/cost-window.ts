/**
 * The arithmetic of the costs read model, free of SQL and Nest: dates are `YYYY-MM-DD` strings,
 * money is whole öre (integers, so sums are exact), a window is half-open `[from, until)`.
 */

export interface CostWindow {
  /** The admission day, included. */
  from: string;
  /** The first day after the window, excluded. */
  until: string;
}

/** A period of activity support as recorded: both days included, the amount per day. */
export interface SupportPeriod {
  fromDate: string;
  toDate: string;
  dailyOre: number;
}

/** What the read model knows of one enrolment; a part not yet arrived is null. */
export interface EnrolmentFacts {
  plannedFrom: string | null;
  /** The offering's cost per participant when enrolled. */
  costOre: number | null;
  startedOn: string | null;
  /** Where an interruption came from: `PLANNED` is a cancellation before the start. */
  interruptedFrom: 'PLANNED' | 'ONGOING' | null;
  /** The cost stated on completion, which replaces the one at enrolment. */
  completedCostOre: number | null;
}

const dayMs = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

/** `date` plus `months` calendar months; a day past the month's end falls on its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/**
 * The window of one admission: `months` from the admission day, ended early by the participant's
 * next admission, so that a cost belongs to one admission only (as a job does in outcomes).
 */
export function admissionWindow(
  admittedOn: string,
  months: number,
  nextAdmittedOn: string | null,
): CostWindow {
  const end = addMonths(admittedOn, months);
  return {
    from: admittedOn,
    until: nextAdmittedOn !== null && nextAdmittedOn < end ? nextAdmittedOn : end,
  };
}

/** Days of `[fromDate, toDate]` (both included) inside the window. */
export function daysInWindow(window: CostWindow, fromDate: string, toDate: string): number {
  const start = Math.max(dayNumber(fromDate), dayNumber(window.from));
  const end = Math.min(dayNumber(toDate) + 1, dayNumber(window.until));
  return Math.max(0, end - start);
}

/**
 * Activity support paid within the window: each period's days inside it times its daily amount.
 * Overlapping periods are summed as recorded: the participants service owns what was paid.
 */
export function supportCostOre(window: CostWindow, periods: readonly SupportPeriod[]): number {
  return periods.reduce(
    (sum, p) => sum + daysInWindow(window, p.fromDate, p.toDate) * p.dailyOre,
    0,
  );
}

/**
 * What an enrolment costs, and the day it is booked on; null when it costs nothing or is not
 * known yet. A place cancelled before the start (interrupted from PLANNED) costs nothing; a started
 * place costs the full price per participant even when interrupted, as places are bought per
 * participant; the price on completion replaces the one at enrolment. It is booked on the start
 * day, or the planned start while it has not started.
 */
export function enrolmentCost(e: EnrolmentFacts): { ore: number; on: string } | null {
  if (e.interruptedFrom === 'PLANNED') return null;
  const ore = e.completedCostOre ?? e.costOre;
  const on = e.startedOn ?? e.plannedFrom;
  return ore === null || on === null ? null : { ore, on };
}

/** Intervention costs booked within the window. */
export function interventionCostOre(
  window: CostWindow,
  enrolments: readonly EnrolmentFacts[],
): number {
  return enrolments.reduce((sum, e) => {
    const cost = enrolmentCost(e);
    return cost && cost.on >= window.from && cost.on < window.until ? sum + cost.ore : sum;
  }, 0);
}

/** A wire or database amount (`"365.00"`, `365`, `365.5`) in öre. */
export function toOre(amount: string | number): number {
  return Math.round(Number(amount) * 100);
}

/** Öre as SEK with two decimals: `-4000000` → `"-40000.00"`. */
export function formatSek(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The mean of a total over a group, to the öre (half away from zero). */
export function perPersonOre(totalOre: number, persons: number): number {
  const mean = totalOre / persons;
  return Math.sign(mean) * Math.round(Math.abs(mean));
}
