import {
  type EmploymentForm,
  employmentForms,
  type RetentionCheckMonth,
  retentionCheckMonths,
  type SubsidyKind,
  subsidyKinds,
} from '@jobbnatet/contracts';
import { invalidInput } from '../participants/participant.errors';
import { oneOf, uuid } from '../participants/person-rules';
import { addDays, addMonths, type IsoDate, isoDate } from './date-rules';

/** An employment outcome as the caller sent it: nothing checked yet. */
export interface EmploymentInput {
  employerId: string;
  startDate: string;
  endDate?: string | null;
  hoursPerWeek: number;
  form: string;
  subsidyKind?: string | null;
  acquired: boolean;
  acquiredThroughContactId?: string | null;
}

export interface ValidEmployment {
  employerId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  hoursPerWeek: number;
  form: EmploymentForm;
  subsidyKind: SubsidyKind | null;
  acquired: boolean;
  acquiredThroughContactId: string | null;
}

/** At most two decimals: what the column keeps, so nothing is silently rounded. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** Checks an employment outcome; the first bad field is named in a typed error. */
export function validateEmployment(input: EmploymentInput): ValidEmployment {
  const employerId = uuid('employerId', input.employerId);
  const startDate = isoDate('startDate', input.startDate);
  const endDate = input.endDate == null ? null : isoDate('endDate', input.endDate);
  if (endDate !== null && endDate < startDate) {
    throw invalidInput('endDate', 'endDate must not be before startDate');
  }
  const hours = input.hoursPerWeek;
  if (typeof hours !== 'number' || !(hours > 0 && hours <= 60) || !hasAtMostTwoDecimals(hours)) {
    throw invalidInput('hoursPerWeek', 'hoursPerWeek must be more than 0 and at most 60');
  }
  const form = oneOf('form', input.form, employmentForms);
  let subsidyKind: SubsidyKind | null = null;
  if (form === 'SUBSIDISED') {
    if (input.subsidyKind == null) {
      throw invalidInput('subsidyKind', 'subsidyKind is required for a subsidised employment');
    }
    subsidyKind = oneOf('subsidyKind', input.subsidyKind, subsidyKinds);
  } else if (input.subsidyKind != null) {
    throw invalidInput('subsidyKind', 'subsidyKind is given only for a subsidised employment');
  }
  if (typeof input.acquired !== 'boolean') {
    throw invalidInput('acquired', 'acquired must be true or false');
  }
  let acquiredThroughContactId: string | null = null;
  if (input.acquired) {
    if (input.acquiredThroughContactId == null) {
      throw invalidInput(
        'acquiredThroughContactId',
        'acquiredThroughContactId is required for an acquired job: the employer contact it came through',
      );
    }
    acquiredThroughContactId = uuid('acquiredThroughContactId', input.acquiredThroughContactId);
  } else if (input.acquiredThroughContactId != null) {
    throw invalidInput(
      'acquiredThroughContactId',
      'acquiredThroughContactId is given only for an acquired job',
    );
  }
  return {
    employerId,
    startDate,
    endDate,
    hoursPerWeek: hours,
    form,
    subsidyKind,
    acquired: input.acquired,
    acquiredThroughContactId,
  };
}

/**
 * In work, as DOMAIN.md "How results are counted" has it (Kolada's definition): any form but a
 * municipal labour-market employment, lasting at least one continuous month. An open-ended job
 * counts; one with an end date counts when it runs to the day before the same day a month later
 * (15 January–14 February), the end date being the last day worked.
 */
export function countsAsWork(
  employment: Pick<ValidEmployment, 'form' | 'startDate' | 'endDate'>,
): boolean {
  if (employment.form === 'MUNICIPAL_LABOUR_MARKET') return false;
  if (employment.endDate === null) return true;
  return employment.endDate >= addDays(addMonths(employment.startDate, 1), -1);
}

/** The follow-up of in-depth support: checks 3, 6 and 12 months after the first day of work. */
export function retentionSchedule(
  startDate: IsoDate,
): { monthsAfterStart: RetentionCheckMonth; dueOn: IsoDate }[] {
  return retentionCheckMonths.map((months) => ({
    monthsAfterStart: months,
    dueOn: addMonths(startDate, months),
  }));
}
