import { calendarDay, isMunicipality, isOffice, listOf, text } from '../core/input-rules';
import { type StaffMember, validateStaff } from '../core/staff';
import { invalidAgreementInput as invalid } from './agreement.errors';

/** DRAFT → ACTIVE → ENDED (a draft may also be ended); EXPIRED is an ACTIVE one past its end. */
export const storedAgreementStatuses = ['DRAFT', 'ACTIVE', 'ENDED'] as const;
export type StoredAgreementStatus = (typeof storedAgreementStatuses)[number];
export const agreementStatuses = [...storedAgreementStatuses, 'EXPIRED'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** What the API shows: an ACTIVE agreement whose last day has passed has EXPIRED. */
export function shownStatus(
  status: StoredAgreementStatus,
  validTo: string,
  today: string,
): AgreementStatus {
  return status === 'ACTIVE' && validTo < today ? 'EXPIRED' : status;
}

export interface AgreementInput {
  municipalityCode: string;
  officeIds: string[];
  validFrom: string;
  validTo: string;
  contacts: unknown[];
  rolesAndResponsibilities: string;
  methodSuitability: string;
  employerWork: string;
}

export interface ValidAgreement {
  municipalityCode: string;
  officeIds: string[];
  validFrom: string;
  validTo: string;
  contacts: StaffMember[];
  rolesAndResponsibilities: string;
  methodSuitability: string;
  employerWork: string;
}

/** Longest free text of an agreement: plain text, not personal data, but bounded. */
export const agreementTextMax = 4000;

/** Checks every field of a new agreement; the first bad one is named in a typed error. */
export function validateAgreement(input: AgreementInput): ValidAgreement {
  if (!isMunicipality(input.municipalityCode)) {
    throw invalid('municipalityCode', 'municipalityCode is not a Swedish municipality code');
  }
  const officeIds = listOf(
    invalid,
    'officeIds',
    input.officeIds,
    isOffice,
    'Arbetsförmedlingen offices',
    {
      min: 1,
    },
  );
  const validFrom = calendarDay(invalid, 'validFrom', input.validFrom);
  const validTo = calendarDay(invalid, 'validTo', input.validTo);
  if (validTo < validFrom) throw invalid('validTo', 'validTo must not be before validFrom');
  const contacts = validateStaff(invalid, 'contacts', input.contacts, { min: 2 });
  if (
    !contacts.some((c) => c.organisation === 'AF') ||
    !contacts.some((c) => c.organisation === 'MUNICIPALITY')
  ) {
    throw invalid('contacts', 'contacts must name at least one person of each party');
  }
  return {
    municipalityCode: input.municipalityCode,
    officeIds,
    validFrom,
    validTo,
    contacts,
    rolesAndResponsibilities: text(
      invalid,
      'rolesAndResponsibilities',
      input.rolesAndResponsibilities,
      agreementTextMax,
    ),
    methodSuitability: text(
      invalid,
      'methodSuitability',
      input.methodSuitability,
      agreementTextMax,
    ),
    employerWork: text(invalid, 'employerWork', input.employerWork, agreementTextMax),
  };
}

/** What a track needs of the agreement it rests on. */
export interface AgreementTerms {
  status: StoredAgreementStatus;
  municipalityCode: string;
  officeIds: readonly string[];
  validFrom: string;
  validTo: string;
}

export interface TrackFrame {
  municipalityCodes: readonly string[];
  officeIds: readonly string[];
  plannedStart: string;
  plannedEnd: string;
}

/**
 * Why an agreement cannot carry a track, or null when it can: it must be ACTIVE and not expired,
 * cover the track's planned dates, be with one of the track's municipalities and share an office.
 */
export function whyAgreementCannotCarry(
  agreement: AgreementTerms,
  track: TrackFrame,
  today: string,
): string | null {
  if (agreement.status !== 'ACTIVE') return 'it is not active';
  if (agreement.validTo < today) return 'it has expired';
  if (agreement.validFrom > track.plannedStart || agreement.validTo < track.plannedEnd) {
    return 'its validity does not cover the planned dates';
  }
  if (!track.municipalityCodes.includes(agreement.municipalityCode)) {
    return 'it is with another municipality';
  }
  if (!track.officeIds.some((office) => agreement.officeIds.includes(office))) {
    return 'it shares no office with the track';
  }
  return null;
}
