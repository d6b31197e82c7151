import { normaliseEmail, normalisePersonName, normalisePhoneNumber } from '@jobbnatet/domain-se';
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

export function personName(field: string, value: string): string {
  const name = normalisePersonName(value);
  if (name === null) {
    throw invalidInput(
      field,
      `${field} must be 1–100 characters, starting with a letter: letters, spaces, hyphens or apostrophes`,
    );
  }
  return name;
}

export function phone(value: string): string {
  const normalised = normalisePhoneNumber(value);
  if (normalised === null) {
    throw invalidInput('phone', 'phone must be 7–15 digits, optionally starting with +');
  }
  return normalised;
}

export function email(value: string): string {
  const normalised = normaliseEmail(value);
  if (normalised === null) throw invalidInput('email', 'email must be an e-mail address');
  return normalised;
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
  if (city.length > 60 || normalisePersonName(city) === null) {
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
