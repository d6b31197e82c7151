import { interruptionReasons } from '@jobbnatet/contracts';
import { parseIsoDate } from '@jobbnatet/domain-se';
import { isUuid, type OfferingStatus } from '../activities/offering-rules';
import { invalidEnrolmentInput } from './enrolment.errors';

export const enrolmentStatuses = ['PLANNED', 'ONGOING', 'COMPLETED', 'INTERRUPTED'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];
export type InterruptionReason = (typeof interruptionReasons)[number];
export { interruptionReasons };

/** What can happen to an enrolment. */
export type EnrolmentAction = 'start' | 'interrupt' | 'complete';

/**
 * The status rule: a planned enrolment starts or is interrupted (a no-show, say); an ongoing one
 * completes or is interrupted; completed and interrupted are final. Null: not allowed.
 */
export function nextStatus(from: EnrolmentStatus, action: EnrolmentAction): EnrolmentStatus | null {
  switch (action) {
    case 'start':
      return from === 'PLANNED' ? 'ONGOING' : null;
    case 'interrupt':
      return from === 'PLANNED' || from === 'ONGOING' ? 'INTERRUPTED' : null;
    case 'complete':
      return from === 'ONGOING' ? 'COMPLETED' : null;
  }
}

/** Seats are held by these; the rest have ended. */
export const isActive = (status: EnrolmentStatus): boolean =>
  status === 'PLANNED' || status === 'ONGOING';

/** An offering takes enrolments while planned, open or running (a FULL one has no seat). */
export const takesEnrolments = (status: OfferingStatus): boolean =>
  status === 'PLANNED' || status === 'OPEN' || status === 'RUNNING';

export function validId(field: string, value: unknown): string {
  if (!isUuid(value)) {
    throw invalidEnrolmentInput(field, `${field} must be an id`);
  }
  return value.toLowerCase();
}

/** A real calendar date `YYYY-MM-DD` between 2000 and 2099. */
export function validDay(field: string, value: unknown): string {
  const date = parseIsoDate(value);
  if (!date || date.year < 2000 || date.year > 2099) {
    throw invalidEnrolmentInput(field, `${field} must be a date YYYY-MM-DD between 2000 and 2099`);
  }
  return value as string;
}

export function validReason(value: unknown): InterruptionReason {
  if (typeof value !== 'string' || !(interruptionReasons as readonly string[]).includes(value)) {
    throw invalidEnrolmentInput('reason', 'reason is not an interruption reason');
  }
  return value as InterruptionReason;
}

/** An enrolment ends (completion, interruption) on or after the day it started. */
export function validEnd(field: string, value: unknown, startedOn: string | null): string {
  const day = validDay(field, value);
  if (startedOn !== null && day < startedOn) {
    throw invalidEnrolmentInput(field, `${field} must not be before the day it started`);
  }
  return day;
}
