import { office } from '@jobbnatet/domain-se';
import { invalidInput } from '../participants/participant.errors';
import { email, personName, phone } from '../participants/person-rules';
import { identityNumber, municipalityCode } from '../participants/registration-rules';

/** Where a referral stands: an officer of the office it was sent to decides it once. */
export const referralStatuses = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/**
 * Why an officer declines. Deliberately without "already registered": a municipality is never told
 * whether a person is registered with Arbetsförmedlingen.
 */
export const referralDeclineReasons = [
  'NOT_IN_TARGET_GROUP',
  'OTHER_INTERVENTION_BETTER',
  'PERSON_DECLINED',
  'OTHER',
] as const;
export type ReferralDeclineReason = (typeof referralDeclineReasons)[number];

/** A referral as the case worker sent it: nothing checked yet. */
export interface ReferralInput {
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode?: string | null | undefined;
  officeId: string;
  reason: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

/** The person as referred: what is stored encrypted, and what feeds the registration on accept. */
export interface ReferredPerson {
  /** Canonical 12 digits, YYYYMMDDNNNN. */
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  phone: string | null;
  email: string | null;
}

export interface ValidReferral {
  person: ReferredPerson;
  officeId: string;
  reason: string;
}

export const maxReasonLength = 2000;

// Control characters other than tab and line breaks, lone surrogates and bidirectional overrides:
// nothing a person writing a referral means, and each a known way to disguise text.
const disallowedInReason = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u;

/** The case worker's free text: 1–2000 characters, at least one letter or digit. */
export function referralReason(value: string): string {
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const plain = text.replace(/[\t\n]/g, '');
  if (
    text.length === 0 ||
    text.length > maxReasonLength ||
    disallowedInReason.test(plain) ||
    !/[\p{L}\p{N}]/u.test(text)
  ) {
    throw invalidInput(
      'reason',
      `reason must be 1–${maxReasonLength} characters of text with at least one letter or digit`,
    );
  }
  return text;
}

/** The office exists and serves the referring municipality (offices are reference data). */
export function servingOffice(officeId: string, municipality: string): string {
  const target = office(officeId);
  if (!target?.municipalities.some((served) => served.code === municipality)) {
    throw invalidInput('officeId', 'officeId is not an office that serves your municipality');
  }
  return target.id;
}

/**
 * Checks every field of a referral from `fromMunicipality`; the first bad one is named in a typed
 * error. The home municipality defaults to the referring one.
 */
export function validateReferral(input: ReferralInput, fromMunicipality: string): ValidReferral {
  const person: ReferredPerson = {
    identityNumber: identityNumber(input.identityNumber),
    givenName: personName('givenName', input.givenName),
    familyName: personName('familyName', input.familyName),
    homeMunicipalityCode:
      input.homeMunicipalityCode == null
        ? fromMunicipality
        : municipalityCode(input.homeMunicipalityCode),
    phone: input.phone == null ? null : phone(input.phone),
    email: input.email == null ? null : email(input.email),
  };
  return {
    person,
    officeId: servingOffice(input.officeId, fromMunicipality),
    reason: referralReason(input.reason),
  };
}

export function declineReason(value: string): ReferralDeclineReason {
  if (!(referralDeclineReasons as readonly string[]).includes(value)) {
    throw invalidInput('reason', 'reason must be one of the listed decline reasons');
  }
  return value as ReferralDeclineReason;
}

export function referralStatusFilter(values: readonly string[]): ReferralStatus[] {
  const unique = [...new Set(values)];
  if (!unique.every((value) => (referralStatuses as readonly string[]).includes(value))) {
    throw invalidInput('filter.status', 'filter.status must be of the listed statuses');
  }
  return unique as ReferralStatus[];
}
