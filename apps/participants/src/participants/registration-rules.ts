import { isMunicipalityCode, isOfficeId, parseIdentityNumber } from '@jobbnatet/domain-se';
import {
  drivingLicenceCategories,
  educationLevels,
  labourMarketProgrammes,
} from './participant-codes';
import { invalidInput } from './participant.errors';
import {
  address,
  type AddressInput,
  codes,
  email,
  languages,
  oneOf,
  type PersonDetailsInput,
  personName,
  phone,
  uuid,
} from './person-rules';

/** A registration as the caller sent it: nothing checked yet. */
export interface RegistrationInput extends PersonDetailsInput {
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  officeId: string;
}

/** Checked details: a key is present only when the input set (or, with null, cleared) it. */
export interface ValidDetails {
  phone?: string | null;
  email?: string | null;
  address?: AddressInput | null;
  languages?: string[];
  educationLevel?: string | null;
  drivingLicences?: string[];
  labourMarketProgramme?: string | null;
  responsibleOfficerId?: string | null;
}

export interface ValidRegistration extends ValidDetails {
  /** Canonical 12 digits, YYYYMMDDNNNN. */
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  officeId: string;
}

export function identityNumber(value: string): string {
  const identity = parseIdentityNumber(value);
  if (!identity.ok) {
    throw invalidInput(
      'identityNumber',
      'identityNumber is not a valid personnummer or samordningsnummer',
    );
  }
  return identity.value.canonical;
}

export function municipalityCode(value: string): string {
  if (!isMunicipalityCode(value)) {
    throw invalidInput('homeMunicipalityCode', 'homeMunicipalityCode is not a Swedish kommunkod');
  }
  return value;
}

/** Checks the details present in `input`; absent stays absent, null clears. */
export function validateDetails(input: PersonDetailsInput): ValidDetails {
  const details: ValidDetails = {};
  const nullable = <T, R>(value: T | null | undefined, check: (value: T) => R) =>
    value === null ? null : check(value as T);
  if (input.phone !== undefined) details.phone = nullable(input.phone, phone);
  if (input.email !== undefined) details.email = nullable(input.email, email);
  if (input.address !== undefined) details.address = nullable(input.address, address);
  if (input.languages !== undefined) details.languages = languages(input.languages ?? []);
  if (input.educationLevel !== undefined) {
    details.educationLevel = nullable(input.educationLevel, (value) =>
      oneOf('educationLevel', value, educationLevels),
    );
  }
  if (input.drivingLicences !== undefined) {
    details.drivingLicences = codes(
      'drivingLicences',
      input.drivingLicences ?? [],
      drivingLicenceCategories,
      drivingLicenceCategories.length,
    );
  }
  if (input.labourMarketProgramme !== undefined) {
    details.labourMarketProgramme = nullable(input.labourMarketProgramme, (value) =>
      oneOf('labourMarketProgramme', value, labourMarketProgrammes),
    );
  }
  if (input.responsibleOfficerId !== undefined) {
    details.responsibleOfficerId = nullable(input.responsibleOfficerId, (value) =>
      uuid('responsibleOfficerId', value),
    );
  }
  return details;
}

/** Checks every field of a registration; the first bad one is named in a typed error. */
export function validateRegistration(input: RegistrationInput): ValidRegistration {
  const canonical = identityNumber(input.identityNumber);
  const home = municipalityCode(input.homeMunicipalityCode);
  // Offices are reference data: an id that only looks right is refused like any other.
  if (!isOfficeId(input.officeId)) {
    throw invalidInput('officeId', 'officeId is not an Arbetsförmedlingen office');
  }
  return {
    identityNumber: canonical,
    givenName: personName('givenName', input.givenName),
    familyName: personName('familyName', input.familyName),
    homeMunicipalityCode: home,
    officeId: input.officeId,
    ...validateDetails(input),
  };
}

/** A change as the caller sent it. */
export interface UpdateInput extends PersonDetailsInput {
  identityNumber?: string | null | undefined;
  givenName?: string | null | undefined;
  familyName?: string | null | undefined;
  homeMunicipalityCode?: string | null | undefined;
}

export interface ValidUpdate extends ValidDetails {
  identityNumber?: string;
  givenName?: string;
  familyName?: string;
  homeMunicipalityCode?: string;
}

/** Checks a change: identity fields may be corrected, never cleared. */
export function validateUpdate(input: UpdateInput): ValidUpdate {
  const required = <R>(
    field: string,
    value: string | null | undefined,
    check: (value: string) => R,
  ) => {
    if (value === null) throw invalidInput(field, `${field} cannot be cleared`);
    return value === undefined ? undefined : check(value);
  };
  const update: ValidUpdate = { ...validateDetails(input) };
  const canonical = required('identityNumber', input.identityNumber, identityNumber);
  const given = required('givenName', input.givenName, (value) => personName('givenName', value));
  const family = required('familyName', input.familyName, (value) =>
    personName('familyName', value),
  );
  const home = required('homeMunicipalityCode', input.homeMunicipalityCode, municipalityCode);
  if (canonical !== undefined) update.identityNumber = canonical;
  if (given !== undefined) update.givenName = given;
  if (family !== undefined) update.familyName = family;
  if (home !== undefined) update.homeMunicipalityCode = home;
  return update;
}
