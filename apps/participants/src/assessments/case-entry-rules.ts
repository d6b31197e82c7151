import { parseIsoDate } from '@jobbnatet/domain-se';
import { invalidInput } from '../participants/participant.errors';

/** What a dated entry in a case (an assessment, a note) is checked against. */
export interface EntryClock {
  /** Today in Sweden, `YYYY-MM-DD`. */
  today: string;
  /** The Swedish day the participant was registered, `YYYY-MM-DD`. */
  registeredOn: string;
}

/** A day in the calendar, `YYYY-MM-DD`, that is not in the future. */
export function pastOrToday(field: string, value: string, today: string): string {
  if (parseIsoDate(value) === null)
    throw invalidInput(field, `${field} must be a date, YYYY-MM-DD`);
  if (value > today) throw invalidInput(field, `${field} must not be in the future`);
  return value;
}

/** A day the case existed on: not before the participant was registered (ISO dates sort as text). */
export function withinCase(field: string, day: string, registeredOn: string): string {
  if (day < registeredOn) {
    throw invalidInput(field, `${field} must not be before the participant was registered`);
  }
  return day;
}

// C0 and C1 controls other than tab and line breaks, and the bidirectional overrides and isolates
// that make text read differently from what is stored.
const forbiddenCharacters =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Free text written about a person: trimmed, NFC, 1–`max` characters (code points) with at least
 * one letter or digit, no control characters or direction overrides.
 */
export function freeText(field: string, value: string, max: number): string {
  const refuse = () =>
    invalidInput(field, `${field} must be 1–${max} characters of text, without control characters`);
  if (loneSurrogate.test(value)) throw refuse();
  const text = value.normalize('NFC').trim();
  const length = [...text].length;
  if (length < 1 || length > max || forbiddenCharacters.test(text) || !/[\p{L}\p{N}]/u.test(text)) {
    throw refuse();
  }
  return text;
}
