import {
  isMunicipalityCode,
  isOfficeId,
  normaliseEmail,
  normalisePersonName,
  normalisePhoneNumber,
  parseOrganisationNumber,
} from '@jobbnatet/domain-se';
import { type SizeBand, sizeBands } from './employer-codes';
import { invalidInput } from './employer.errors';

/** A new employer as the caller sent it: nothing checked yet. */
export interface EmployerInput {
  organisationNumber: string;
  name: string;
  sniCode: string;
  sizeBand: string;
  officeIds?: readonly string[] | null | undefined;
}

export interface ValidEmployer {
  /** `NNNNNNNNNN`. */
  organisationNumber: string;
  soleTrader: boolean;
  name: string;
  sniCode: string;
  sizeBand: SizeBand;
  officeIds: string[];
}

/** Text a person typed: NFC, trimmed, no control or format characters, at least one letter. */
export function text(field: string, value: string, max: number): string {
  const trimmed = value.normalize('NFC').trim();
  if (
    trimmed.length === 0 ||
    trimmed.length > max ||
    /\p{C}/u.test(trimmed) ||
    !/\p{L}/u.test(trimmed)
  ) {
    throw invalidInput(
      field,
      `${field} must be 1–${max} characters, at least one of them a letter`,
    );
  }
  return trimmed;
}

/** Checks a new employer; `ownOffice` is where an officer's employer belongs by default. */
export function validateEmployer(
  input: EmployerInput,
  ownOffice: string | undefined,
): ValidEmployer {
  const parsed = parseOrganisationNumber(input.organisationNumber);
  if (!parsed.ok) {
    throw invalidInput(
      'organisationNumber',
      'organisationNumber is not a valid organisationsnummer',
    );
  }
  const name = text('name', input.name, 200);
  if (!/^\d{5}$/.test(input.sniCode)) {
    throw invalidInput('sniCode', 'sniCode must be an SNI 2007 code of five digits');
  }
  if (!(sizeBands as readonly string[]).includes(input.sizeBand)) {
    throw invalidInput('sizeBand', 'sizeBand must be one of the listed bands');
  }
  const officeIds = [...new Set(input.officeIds ?? (ownOffice ? [ownOffice] : []))];
  if (officeIds.length === 0 || officeIds.length > 20 || !officeIds.every(isOfficeId)) {
    throw invalidInput('officeIds', 'officeIds must list 1–20 Arbetsförmedlingen offices');
  }
  return {
    organisationNumber: parsed.value.canonical,
    soleTrader: parsed.value.isPersonnummer,
    name,
    sniCode: input.sniCode,
    sizeBand: input.sizeBand as SizeBand,
    officeIds,
  };
}

export interface WorkplaceInput {
  name: string;
  municipalityCode: string;
}

export function validateWorkplace(input: WorkplaceInput): WorkplaceInput {
  const name = text('name', input.name, 200);
  if (!isMunicipalityCode(input.municipalityCode)) {
    throw invalidInput('municipalityCode', 'municipalityCode is not a Swedish kommunkod');
  }
  return { name, municipalityCode: input.municipalityCode };
}

export interface ContactPersonInput {
  name: string;
  role: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

export interface ContactPersonDetails {
  name: string;
  phone: string | null;
  email: string | null;
}

export function validateContactPerson(input: ContactPersonInput): {
  role: string;
  details: ContactPersonDetails;
} {
  const name = normalisePersonName(input.name);
  if (name === null) throw invalidInput('name', 'name must be a person’s name of 1–100 letters');
  const role = text('role', input.role, 100);
  const phone = input.phone == null ? null : normalisePhoneNumber(input.phone);
  if (input.phone != null && phone === null) {
    throw invalidInput('phone', 'phone must be 7–15 digits, optionally starting with +');
  }
  const email = input.email == null ? null : normaliseEmail(input.email);
  if (input.email != null && email === null) {
    throw invalidInput('email', 'email must be an e-mail address');
  }
  return { role, details: { name, phone, email } };
}
