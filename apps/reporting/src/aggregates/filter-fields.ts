import { invalidInput } from '../reporting-errors';
import { uuid } from './input-patterns';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** What each kind of filter field must look like, with the message that names it. */
export const fieldChecks = {
  uuid: [uuid, 'must be a uuid'],
  officeId: [/^[a-z0-9-]{2,64}$/, 'must be an office id'],
  municipalityCode: [/^\d{4}$/, 'must be a 4-digit municipality code'],
  date: [isoDate, 'must be a date YYYY-MM-DD'],
} as const satisfies Record<string, readonly [RegExp, string]>;

/** A real calendar day: `2026-02-30` has the shape but is no day. */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Refuses the first bad field of a filter by its name, never quoting the value; `from` after `to`
 * is refused on `to`.
 */
export function checkFilter<F extends object>(
  filter: F,
  checks: { [K in keyof F]-?: keyof typeof fieldChecks },
): void {
  for (const [field, kind] of Object.entries(checks) as [string, keyof typeof fieldChecks][]) {
    const value = (filter as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    const [pattern, message] = fieldChecks[kind];
    if (
      typeof value !== 'string' ||
      !pattern.test(value) ||
      (kind === 'date' && !isCalendarDay(value))
    )
      throw invalidInput(field, `${field} ${message}`);
  }
  const { from, to } = filter as { from?: string | null; to?: string | null };
  if (from && to && from > to) throw invalidInput('to', 'to must not be before from');
}
