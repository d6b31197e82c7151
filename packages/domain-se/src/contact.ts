/**
 * How a person's name, phone number and e-mail address are written down: each function returns the
 * normalised value, or null when the input is not one. Callers name the field in their own errors.
 */

// A letter of any script first (a name of combining marks alone is no name), then letters,
// combining marks, and the separators names really use.
const namePattern = /^\p{L}[\p{L}\p{M} '\u2019.-]*$/u;

/** A person's given or family name, 1–100 characters, NFC, trimmed. */
export function normalisePersonName(value: string): string | null {
  const trimmed = value.normalize('NFC').trim();
  return trimmed.length <= 100 && namePattern.test(trimmed) ? trimmed : null;
}

/** Digits with an optional leading +, as dialled: the separators people type are dropped. */
export function normalisePhoneNumber(value: string): string | null {
  const compact = value.replace(/[\s()-]/g, '');
  return /^\+?\d{7,15}$/.test(compact) ? compact : null;
}

/** An e-mail address, its domain in lower case. */
export function normaliseEmail(value: string): string | null {
  const trimmed = value.trim();
  if (
    trimmed.length > 254 ||
    !/^[^\s@<>()[\],;:"]{1,64}@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/u.test(trimmed)
  ) {
    return null;
  }
  const at = trimmed.lastIndexOf('@');
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}
