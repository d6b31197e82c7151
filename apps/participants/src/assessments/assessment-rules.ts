import { type AssessmentFactor, assessmentFactors } from '@jobbnatet/contracts';
import type { CallerIdentity } from '@jobbnatet/contracts';
import { type CaseFacts, isResponsibleOffice } from '../participants/participant-access';
import { invalidInput } from '../participants/participant.errors';
import { codes, oneOf } from '../participants/person-rules';
import { freeText, pastOrToday } from './case-entry-rules';

/** How much a factor stands in the way of completing the track. */
export const supportLevels = [
  'NO_OBSTACLE',
  'SOME_SUPPORT_NEEDED',
  'SIGNIFICANT_SUPPORT_NEEDED',
] as const;

/** The supporting interventions a factor can call for. */
export const supportInterventions = [
  /** Svenska för invandrare. */
  'SFI',
  'LANGUAGE_SUPPORT',
  'HEALTH_CARE_CONTACT',
  'REHABILITATION',
  'CHILDCARE_PLACE',
  'TRAVEL_SUPPORT',
  'DIGITAL_TRAINING',
  'MENTOR',
  'OTHER',
] as const;

export type SupportLevel = (typeof supportLevels)[number];
export type SupportIntervention = (typeof supportInterventions)[number];

/** The factor whose findings are special-category data (GDPR art. 9). */
export const healthFactor: AssessmentFactor = 'HEALTH';

export const factorTextMax = 2000;

/** An assessment as the caller sent it: nothing checked yet. */
export interface AssessmentInput {
  assessedOn: string;
  factors: readonly FactorInput[];
}

export interface FactorInput {
  factor: string;
  level: string;
  interventions?: readonly string[] | null | undefined;
  text?: string | null | undefined;
  interventionsText?: string | null | undefined;
}

export interface ValidFactor {
  factor: AssessmentFactor;
  level: SupportLevel;
  interventions: SupportIntervention[];
  text: string | null;
  interventionsText: string | null;
}

export interface ValidAssessment {
  assessedOn: string;
  /** In the order of `assessmentFactors`. */
  factors: ValidFactor[];
}

const optionalText = (field: string, value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : freeText(field, value, factorTextMax);

function validateFactor(input: FactorInput, at: number): ValidFactor {
  const field = (name: string) => `factors[${at}].${name}`;
  const factor = oneOf(field('factor'), input.factor, assessmentFactors);
  const level = oneOf(field('level'), input.level, supportLevels);
  const interventions = codes(
    field('interventions'),
    input.interventions ?? [],
    supportInterventions,
    supportInterventions.length,
  );
  if (level === 'NO_OBSTACLE' && interventions.length > 0) {
    throw invalidInput(
      field('interventions'),
      `${field('interventions')} must be empty for NO_OBSTACLE`,
    );
  }
  return {
    factor,
    level,
    interventions,
    text: optionalText(field('text'), input.text),
    interventionsText: optionalText(field('interventionsText'), input.interventionsText),
  };
}

/**
 * Checks an assessment that does not depend on the participant: a date not in the future, and one
 * entry for each of one or more factors. The first bad field is named in a typed error.
 */
export function validateAssessment(input: AssessmentInput, today: string): ValidAssessment {
  const assessedOn = pastOrToday('assessedOn', input.assessedOn, today);
  if (input.factors.length < 1 || input.factors.length > assessmentFactors.length) {
    throw invalidInput('factors', 'factors must assess at least one factor, each at most once');
  }
  const factors = input.factors.map(validateFactor);
  if (new Set(factors.map((f) => f.factor)).size !== factors.length) {
    throw invalidInput('factors', 'factors must assess at least one factor, each at most once');
  }
  factors.sort((a, b) => assessmentFactors.indexOf(a.factor) - assessmentFactors.indexOf(b.factor));
  return { assessedOn, factors };
}

/**
 * Health findings (level, interventions, texts) are special-category data: the responsible office
 * alone reads them, not a municipality with consent and not an admin with a reason. Others see
 * only that the health factor was assessed.
 */
export function mayReadHealthFindings(
  caller: Pick<CallerIdentity, 'role' | 'officeId'>,
  facts: CaseFacts,
): boolean {
  return isResponsibleOffice(caller, facts);
}
