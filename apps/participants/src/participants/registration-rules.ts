import { isMunicipalityCode, isOfficeId, parseIdentityNumber } from '@jobbnatet/domain-se';
import { invalidInput } from './participant.errors';

/** A registration as the caller sent it: nothing checked yet. */
export interface RegistrationInput {
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  officeId: string;
}

export interface ValidRegistration {
  /** Canonical 12 digits, YYYYMMDDNNNN. */
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  officeId: string;
}

// A letter of any script first (a name of combining marks alone is no name), then letters,
// combining marks, and the separators names really use.
const namePattern = /^\p{L}[\p{L}\p{M} '\u2019.-]*$/u;

function name(field: string, value: string): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length > 100 || !namePattern.test(trimmed)) {
    throw invalidInput(
      field,
      `${field} must be 1–100 characters, starting with a letter: letters, spaces, hyphens or apostrophes`,
    );
  }
  return trimmed;
}

/** Checks every field of a registration; the first bad one is named in a typed error. */
export function validateRegistration(input: RegistrationInput): ValidRegistration {
  const identity = parseIdentityNumber(input.identityNumber);
  if (!identity.ok) {
    throw invalidInput(
      'identityNumber',
      'identityNumber is not a valid personnummer or samordningsnummer',
    );
  }
  if (!isMunicipalityCode(input.homeMunicipalityCode)) {
    throw invalidInput('homeMunicipalityCode', 'homeMunicipalityCode is not a Swedish kommunkod');
  }
  // Offices are reference data: an id that only looks right is refused like any other.
  if (!isOfficeId(input.officeId)) {
    throw invalidInput('officeId', 'officeId is not an Arbetsförmedlingen office');
  }
  return {
    identityNumber: identity.value.canonical,
    givenName: name('givenName', input.givenName),
    familyName: name('familyName', input.familyName),
    homeMunicipalityCode: input.homeMunicipalityCode,
    officeId: input.officeId,
  };
}
