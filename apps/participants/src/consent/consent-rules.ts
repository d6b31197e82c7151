import { type ConsentPurpose, consentPurposes } from '@jobbnatet/contracts';
import { isMunicipalityCode, parseIsoDate, swedishDay } from '@jobbnatet/domain-se';
import { invalidInput } from '../participants/participant.errors';

export interface ConsentInput {
  participantId: string;
  purpose: string;
  municipalityCode: string;
  givenOn: string;
}

export interface ValidConsent {
  participantId: string;
  purpose: ConsentPurpose;
  municipalityCode: string;
  givenOn: string;
}

/** A calendar date as YYYY-MM-DD that exists, not after `today`. */
export function pastDate(field: string, value: string, today: string): string {
  if (parseIsoDate(value) === null) {
    throw invalidInput(field, `${field} must be a date, YYYY-MM-DD`);
  }
  if (value > today || value < '2000-01-01') {
    throw invalidInput(field, `${field} must be a date between 2000-01-01 and today`);
  }
  return value;
}

export function validateConsent(input: ConsentInput, today: string): ValidConsent {
  if (!(consentPurposes as readonly string[]).includes(input.purpose)) {
    throw invalidInput('purpose', 'purpose must be one of the listed purposes');
  }
  if (!isMunicipalityCode(input.municipalityCode)) {
    throw invalidInput('municipalityCode', 'municipalityCode is not a Swedish kommunkod');
  }
  return {
    participantId: input.participantId,
    purpose: input.purpose as ConsentPurpose,
    municipalityCode: input.municipalityCode,
    givenOn: pastDate('givenOn', input.givenOn, today),
  };
}

/** Who records a withdrawal: the responsible office, or the municipality the consent names. */
export function mayRecordWithdrawal(
  caller: { role: string; municipalityCode?: string | undefined },
  consent: { municipalityCode: string },
  isResponsibleOffice: boolean,
): boolean {
  return (
    isResponsibleOffice ||
    (caller.role === 'municipal_case_worker' &&
      caller.municipalityCode === consent.municipalityCode)
  );
}

/** Today in Sweden, as a date: a consent given late in the evening is given that day. */
export const swedishToday = (now: Date = new Date()): string => swedishDay(now);
