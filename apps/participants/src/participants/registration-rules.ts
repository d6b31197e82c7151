import { isMunicipalityCode, parseIdentityNumber } from '@jobbnatet/domain-se';
import { InvalidParticipantInputError } from './participant.errors';
import type { RegisterParticipantInput } from './register-participant.input';

export interface ValidRegistration {
  /** Canonical 12 digits, YYYYMMDDNNNN. */
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  officeId: string;
}

// Letters of any script, combining marks, and the separators names really use.
const namePattern = /^[\p{L}\p{M}][\p{L}\p{M} '\u2019.-]*$/u;

function name(field: string, value: string): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length === 0 || trimmed.length > 100 || !namePattern.test(trimmed)) {
    throw new InvalidParticipantInputError(
      field,
      `${field} must be 1–100 letters, spaces, hyphens or apostrophes`,
    );
  }
  return trimmed;
}

/** Checks every field of a registration; the first bad one is named in a typed error. */
export function validateRegistration(input: RegisterParticipantInput): ValidRegistration {
  const identity = parseIdentityNumber(input.identityNumber);
  if (!identity.ok) {
    throw new InvalidParticipantInputError(
      'identityNumber',
      'identityNumber is not a valid personnummer or samordningsnummer',
    );
  }
  if (!isMunicipalityCode(input.homeMunicipalityCode)) {
    throw new InvalidParticipantInputError(
      'homeMunicipalityCode',
      'homeMunicipalityCode is not a Swedish kommunkod',
    );
  }
  if (!/^[a-z0-9-]{2,64}$/.test(input.officeId)) {
    throw new InvalidParticipantInputError(
      'officeId',
      'officeId must be 2–64 lower-case letters, digits or hyphens',
    );
  }
  return {
    identityNumber: identity.value.canonical,
    givenName: name('givenName', input.givenName),
    familyName: name('familyName', input.familyName),
    homeMunicipalityCode: input.homeMunicipalityCode,
    officeId: input.officeId,
  };
}
