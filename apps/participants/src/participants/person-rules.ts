import { invalidInput } from './participant.errors';

/** Contact details and circumstances as the caller sent them: nothing checked yet. */
export interface PersonDetailsInput {
  phone?: string | null | undefined;
  email?: string | null | undefined;
  address?: AddressInput | null | undefined;
  languages?: readonly string[] | null | undefined;
  educationLevel?: string | null | undefined;
  drivingLicences?: readonly string[] | null | undefined;
  labourMarketProgramme?: string | null | undefined;
  responsibleOfficerId?: string | null | undefined;
}

export interface AddressInput {
  street: string;
  postalCode: string;
  city: string;
}

export interface Contact {
  phone: string | null;
  email: string | null;
  address: AddressInput | null;
}

// A letter of any script first (a name of combining marks alone is no name), then letters,
// combining marks, and the separators names really use.
const namePattern = /^\p{L}[\p{L}\p{M} '\u2019.-]*$/u;

export function personName(field: string, value: string): string {
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length > 100 || !namePattern.test(trimmed)) {
    throw invalidInput(
      field,
      `${field} must be 1–100 characters, starting with a letter: letters, spaces, hyphens or apostrophes`,
    );
  }
  return trimmed;
}

/** Digits with an optional leading +, as dialled: separators people type are dropped. */
export function phone(value: string): string {
  const compact = value.replace(/[\s()-]/g, '');
  if (!/^\+?\d{7,15}$/.test(compact)) {
    throw invalidInput('phone', 'phone must be 7–15 digits, optionally starting with +');
  }
  return compact;
}

export function email(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  if (
    trimmed.length > 254 ||
    !/^[^\s@<>()[\],;:"]{1,64}@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/u.test(trimmed)
  ) {
    throw invalidInput('email', 'email must be an e-mail address');
  }
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

const addressLine = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '\u2019.,/-]{0,99}$/u;

export function address(value: AddressInput): AddressInput {
  const street = value.street.normalize('NFC').trim();
  const city = value.city.normalize('NFC').trim();
  const postalCode = value.postalCode.replace(/\s/g, '');
  if (!addressLine.test(street)) {
    throw invalidInput(
      'address.street',
      'address.street must be 1–100 letters, digits and separators',
    );
  }
  if (!/^\d{5}$/.test(postalCode)) {
    throw invalidInput(
      'address.postalCode',
      'address.postalCode must be a postnummer of five digits',
    );
  }
  if (city.length > 60 || !namePattern.test(city)) {
    throw invalidInput('address.city', 'address.city must be 1–60 letters');
  }
  return { street, postalCode, city };
}

/** A set of codes from a closed list: duplicates dropped, order kept. */
export function codes<T extends string>(
  field: string,
  values: readonly string[],
  allowed: readonly T[],
  max: number,
): T[] {
  const unique = [...new Set(values)];
  if (
    unique.length > max ||
    !unique.every((value): value is T => (allowed as readonly string[]).includes(value))
  ) {
    throw invalidInput(field, `${field} must be at most ${max} of the listed codes`);
  }
  return unique;
}

export function languages(values: readonly string[]): string[] {
  const unique = [...new Set(values.map((value) => value.trim().toLowerCase()))];
  if (unique.length > 20 || !unique.every((value) => /^[a-z]{2,3}$/.test(value))) {
    throw invalidInput('languages', 'languages must be at most 20 ISO 639 codes of 2–3 letters');
  }
  return unique;
}

export function uuid(field: string, value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw invalidInput(field, `${field} must be an id`);
  }
  return value.toLowerCase();
}

export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidInput(field, `${field} must be one of the listed codes`);
  }
  return value as T;
}
