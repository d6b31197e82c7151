import { type RetentionResult, retentionResults } from '@jobbnatet/contracts';
import { invalidInput } from '../participants/participant.errors';
import { oneOf } from '../participants/person-rules';
import { addDays, type IsoDate, isoDate } from './date-rules';

/** Where an unchecked check stands on a given day; a checked one is CHECKED for good. */
export const retentionStates = ['UPCOMING', 'DUE', 'OVERDUE', 'CHECKED'] as const;
export type RetentionState = (typeof retentionStates)[number];

/** The states the follow-up list shows. */
export const retentionListStates = ['DUE', 'OVERDUE'] as const;
export type RetentionListState = (typeof retentionListStates)[number];

/** A check can be made this many days before its due date … */
export const dueDaysBefore = 14;
/** … and is overdue once this many days after it have passed unchecked. */
export const dueDaysAfter = 30;

export const retentionWindowDescription =
  `A check is DUE from ${dueDaysBefore} days before its due date until ${dueDaysAfter} days after it, ` +
  `OVERDUE later while unchecked, UPCOMING before, CHECKED once recorded (days in Swedish time).`;

export function retentionState(
  check: { dueOn: IsoDate; checked: boolean },
  today: IsoDate,
): RetentionState {
  if (check.checked) return 'CHECKED';
  if (today < addDays(check.dueOn, -dueDaysBefore)) return 'UPCOMING';
  if (today <= addDays(check.dueOn, dueDaysAfter)) return 'DUE';
  return 'OVERDUE';
}

/**
 * The due dates of unchecked checks in a state on `today`, as bounds a query uses:
 * `dueOn >= from` (when given) and `dueOn <= to` (when given). Agrees with `retentionState`.
 */
export function dueOnBounds(
  states: readonly RetentionListState[],
  today: IsoDate,
): { from: IsoDate | null; to: IsoDate | null } {
  const dueFrom = addDays(today, -dueDaysAfter);
  const dueTo = addDays(today, dueDaysBefore);
  const overdueTo = addDays(dueFrom, -1);
  const due = states.includes('DUE');
  const overdue = states.includes('OVERDUE');
  if (due && overdue) return { from: null, to: dueTo };
  if (overdue) return { from: null, to: overdueTo };
  return { from: dueFrom, to: dueTo };
}

export interface RetentionCheckInput {
  checkId: string;
  result: string;
  checkedOn: string;
}

export interface ValidRetentionCheck {
  result: RetentionResult;
  checkedOn: IsoDate;
}

/** Checks what the officer found; when, against the job and today, is `checkDate`'s concern. */
export function validateRetentionCheck(input: RetentionCheckInput): ValidRetentionCheck {
  return {
    result: oneOf('result', input.result, retentionResults),
    checkedOn: isoDate('checkedOn', input.checkedOn),
  };
}

/** A follow-up is made on a day that has come, and not before the job started. */
export function checkDate(checkedOn: IsoDate, startDate: IsoDate, today: IsoDate): void {
  if (checkedOn < startDate) {
    throw invalidInput('checkedOn', 'checkedOn must not be before the employment started');
  }
  if (checkedOn > today) throw invalidInput('checkedOn', 'checkedOn must not be in the future');
}
