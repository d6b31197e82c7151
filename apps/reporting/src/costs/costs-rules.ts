import { counties, parseIsoDate } from '@jobbnatet/domain-se';
import { invalidInput } from '../reporting-errors';
import { toOre } from './cost-window';

/** The window when the filter leaves it out: the Jobbnätet evaluation measured 18 months. */
export const defaultWindowMonths = 18;

const countyCodes = new Set(counties().map((county) => county.code));

/** A county (län) that exists: `01` Stockholms län … `25` Norrbottens län. */
export function countyCode(field: string, value: unknown): string {
  if (typeof value !== 'string' || !countyCodes.has(value))
    throw invalidInput(field, `${field} must be a county code (two digits, e.g. 01)`);
  return value;
}

export function calendarDay(field: string, value: unknown): string {
  if (parseIsoDate(value) === null) throw invalidInput(field, `${field} must be a date YYYY-MM-DD`);
  return value as string;
}

export function windowMonths(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 60)
    throw invalidInput('windowMonths', 'windowMonths must be a whole number of months, 1–60');
  return value;
}

/** SEK with at most two decimals, as öre; no sign, no exponent, no thousands separator. */
export function sekAmount(field: string, value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,10}(\.\d{1,2})?$/.test(value))
    throw invalidInput(field, `${field} must be SEK with at most two decimals, e.g. 40000.00`);
  return toOre(value);
}

export function groupSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10_000_000)
    throw invalidInput('groupSize', 'groupSize must be a whole number of persons, at least 1');
  return value;
}

/** The baseline input checked field by field, in the order of the form; amounts in öre. */
export function baselineInput(input: Record<string, unknown>) {
  const county = countyCode('countyCode', input.countyCode);
  const periodFrom = calendarDay('periodFrom', input.periodFrom);
  const periodTo = calendarDay('periodTo', input.periodTo);
  if (periodTo < periodFrom)
    throw invalidInput('periodTo', 'periodTo must not be before periodFrom');
  return {
    countyCode: county,
    periodFrom,
    periodTo,
    windowMonths: windowMonths(input.windowMonths),
    activitySupportOre: sekAmount('activitySupportPerPerson', input.activitySupportPerPerson),
    interventionOre:
      input.interventionPerPerson === undefined || input.interventionPerPerson === null
        ? null
        : sekAmount('interventionPerPerson', input.interventionPerPerson),
    groupSize: groupSize(input.groupSize),
  };
}
