import { isMunicipalityCode, isOfficeId, parseIsoDate } from '@jobbnatet/domain-se';
import type { DomainError } from '@jobbnatet/domain-core';

/** How a part of this service reports bad input (each part names its own error code). */
export type InvalidInput = (field: string, message: string) => DomainError;

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Text a person typed: NFC, trimmed, no control or format characters, at least one letter. */
export function text(invalid: InvalidInput, field: string, value: unknown, max: number): string {
  const trimmed = typeof value === 'string' ? value.normalize('NFC').trim() : '';
  if (
    trimmed.length === 0 ||
    trimmed.length > max ||
    /\p{C}/u.test(trimmed) ||
    !/\p{L}/u.test(trimmed)
  ) {
    throw invalid(field, `${field} must be 1–${max} characters, at least one of them a letter`);
  }
  return trimmed;
}

/** A real calendar date `YYYY-MM-DD` between 2000 and 2099. */
export function calendarDay(invalid: InvalidInput, field: string, value: unknown): string {
  const date = parseIsoDate(value);
  if (!date || date.year < 2000 || date.year > 2099) {
    throw invalid(field, `${field} must be a date YYYY-MM-DD between 2000 and 2099`);
  }
  return value as string;
}

/** A list of at most `max` distinct values, each passing `check` (case of uuids folded). */
export function listOf(
  invalid: InvalidInput,
  field: string,
  value: unknown,
  check: (item: unknown) => boolean,
  what: string,
  { min = 0, max = 20 } = {},
): string[] {
  if (
    !Array.isArray(value) ||
    value.length < min ||
    value.length > max ||
    !value.every((item) => check(item))
  ) {
    throw invalid(field, `${field} must be ${min}–${max} ${what}`);
  }
  return [
    ...new Set((value as string[]).map((item) => (isUuid(item) ? item.toLowerCase() : item))),
  ];
}

export const isOffice = (value: unknown): boolean => typeof value === 'string' && isOfficeId(value);
export const isMunicipality = (value: unknown): boolean =>
  typeof value === 'string' && isMunicipalityCode(value);

/** Staff of the two parties: Arbetsförmedlingen or the municipality. */
export const organisations = ['AF', 'MUNICIPALITY'] as const;
export type Organisation = (typeof organisations)[number];

export const isOrganisation = (value: unknown): value is Organisation =>
  typeof value === 'string' && (organisations as readonly string[]).includes(value);
