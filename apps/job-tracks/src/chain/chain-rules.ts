import { calendarDay, isUuid } from '../core/input-rules';
import { addDays, daysBetween } from './calendar';
import { invalidChainInput } from './chain.errors';

/** Who carries out a step. */
export const responsibleParties = ['AF', 'MUNICIPALITY', 'PROVIDER', 'EMPLOYER'] as const;
export type ResponsibleParty = (typeof responsibleParties)[number];

export const maxSteps = 30;
/** Weeks count from the implementation phase's planned start: week 0 is its first week. */
export const minWeek = -52;
export const maxWeek = 156;

const typeCodePattern = /^[A-Z][A-Z0-9_]{1,39}$/;
export const isTypeCode = (value: unknown): value is string =>
  typeof value === 'string' && typeCodePattern.test(value);

/** What a step is and when, as a planner gives it. */
export interface StepInput {
  interventionTypeCode?: string | null;
  offeringId?: string | null;
  responsible: string;
  parallelWithPrevious: boolean;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  startWeek?: number | null;
  endWeek?: number | null;
  letterOfIntentId?: string | null;
}

/** A valid step design: a type code or an offering, and dates either as days or as weeks. */
export interface StepDesign {
  interventionTypeCode: string | null;
  offeringId: string | null;
  responsible: ResponsibleParty;
  parallelWithPrevious: boolean;
  plannedStart: string | null;
  plannedEnd: string | null;
  startWeek: number | null;
  endWeek: number | null;
  letterOfIntentId: string | null;
}

const given = (value: unknown) => value !== null && value !== undefined;

function week(field: string, value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < minWeek || (value as number) > maxWeek) {
    throw invalidChainInput(field, `${field} must be a whole week from ${minWeek} to ${maxWeek}`);
  }
  return value as number;
}

export function validateStep(input: StepInput): StepDesign {
  const hasType = given(input.interventionTypeCode);
  const hasOffering = given(input.offeringId);
  if (hasType === hasOffering) {
    throw invalidChainInput(
      'interventionTypeCode',
      'interventionTypeCode must be given, or offeringId instead, not both',
    );
  }
  if (hasType && !isTypeCode(input.interventionTypeCode)) {
    throw invalidChainInput('interventionTypeCode', 'interventionTypeCode is not a type code');
  }
  if (hasOffering && !isUuid(input.offeringId)) {
    throw invalidChainInput('offeringId', 'offeringId must be an id');
  }
  if (!(responsibleParties as readonly unknown[]).includes(input.responsible)) {
    throw invalidChainInput(
      'responsible',
      'responsible must be AF, MUNICIPALITY, PROVIDER or EMPLOYER',
    );
  }
  if (typeof input.parallelWithPrevious !== 'boolean') {
    throw invalidChainInput('parallelWithPrevious', 'parallelWithPrevious must be true or false');
  }
  if (given(input.letterOfIntentId) && !isUuid(input.letterOfIntentId)) {
    throw invalidChainInput('letterOfIntentId', 'letterOfIntentId must be an id');
  }
  const dates = given(input.plannedStart) || given(input.plannedEnd);
  const weeks = given(input.startWeek) || given(input.endWeek);
  if (dates === weeks) {
    throw invalidChainInput(
      'plannedStart',
      'plannedStart and plannedEnd must be given, or startWeek and endWeek instead, not both',
    );
  }
  const design = {
    interventionTypeCode: hasType ? (input.interventionTypeCode as string) : null,
    offeringId: hasOffering ? (input.offeringId as string).toLowerCase() : null,
    responsible: input.responsible as ResponsibleParty,
    parallelWithPrevious: input.parallelWithPrevious,
    letterOfIntentId: given(input.letterOfIntentId)
      ? (input.letterOfIntentId as string).toLowerCase()
      : null,
  };
  if (dates) {
    const plannedStart = calendarDay(invalidChainInput, 'plannedStart', input.plannedStart);
    const plannedEnd = calendarDay(invalidChainInput, 'plannedEnd', input.plannedEnd);
    if (plannedEnd < plannedStart) {
      throw invalidChainInput('plannedEnd', 'plannedEnd must not be before plannedStart');
    }
    return { ...design, plannedStart, plannedEnd, startWeek: null, endWeek: null };
  }
  const startWeek = week('startWeek', input.startWeek);
  const endWeek = week('endWeek', input.endWeek);
  if (endWeek < startWeek)
    throw invalidChainInput('endWeek', 'endWeek must not be before startWeek');
  return { ...design, plannedStart: null, plannedEnd: null, startWeek, endWeek };
}

/** A position in a chain of `length` steps that gets one more (1 … length + 1); null is the end. */
export function insertionPosition(value: unknown, length: number): number {
  if (value === null || value === undefined) return length + 1;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > length + 1) {
    throw invalidChainInput('position', `position must be 1–${length + 1}`);
  }
  return value as number;
}

/** A position for a step already in a chain of `length` steps. */
export function movePosition(value: unknown, length: number): number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > length) {
    throw invalidChainInput('position', `position must be 1–${Math.max(length, 1)}`);
  }
  return value as number;
}

/** A step's calendar days: as given, or its weeks counted from `implementationStart`. */
export function datesOf(
  step: Pick<StepDesign, 'plannedStart' | 'plannedEnd' | 'startWeek' | 'endWeek'>,
  implementationStart: string | null,
): { start: string | null; end: string | null } {
  if (step.plannedStart && step.plannedEnd)
    return { start: step.plannedStart, end: step.plannedEnd };
  if (implementationStart === null || step.startWeek === null || step.endWeek === null) {
    return { start: null, end: null };
  }
  return {
    start: addDays(implementationStart, step.startWeek * 7),
    end: addDays(implementationStart, step.endWeek * 7 + 6),
  };
}

/** Calendar days back to weeks from `implementationStart` (a saved template is date-free). */
export function weeksOf(
  start: string,
  end: string,
  implementationStart: string,
): { startWeek: number; endWeek: number } {
  const clamp = (n: number) => Math.min(maxWeek, Math.max(minWeek, n));
  return {
    startWeek: clamp(Math.floor(daysBetween(implementationStart, start) / 7)),
    endWeek: clamp(Math.floor(daysBetween(implementationStart, end) / 7)),
  };
}
