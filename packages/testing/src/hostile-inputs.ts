import fc from 'fast-check';
import Organisationsnummer from 'organisationsnummer';
import Personnummer from 'personnummer';
import { testIdentityNumbers } from './identity-numbers';

/**
 * Inputs that have broken services elsewhere: empty and blank, control and invisible characters,
 * lone combining marks and surrogates, direction overrides, injection and template payloads,
 * prototype keys, and sheer length. Every service's bad-input tests draw from this one corpus.
 */
export const hostileStrings: readonly string[] = Object.freeze([
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\u0301',
  '\u0301\u0308',
  '\u200b',
  '\u00a0',
  '\u202e',
  '\ud800',
  '\ufeff',
  '👩‍👩‍👧',
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  "'); DROP TABLE participant; --",
  '${jndi:ldap://example.invalid/a}',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '-0',
  'x'.repeat(10_000),
]);

/** Numbers at the edges of GraphQL's Int and of JavaScript. */
export const hostileNumbers: readonly number[] = Object.freeze([
  0,
  -1,
  -0,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
]);

/** Dates that are not dates: impossible days, wrong shapes, out-of-range years. */
export const hostileDates: readonly string[] = Object.freeze([
  '2025-02-29',
  '2024-02-30',
  '2023-13-01',
  '2023-00-10',
  '0000-00-00',
  '99999-01-01',
  '2023-1-1',
  '20230101',
  '2023-01-01T25:00:00Z',
  'yesterday',
]);

/** An object whose own keys try to reach prototypes (as JSON, so the keys survive transport). */
export const prototypePollutionJson =
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...hostileStrings),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom('\u0301', '\u200b', '\u202e', ' ', '\u0000'), minLength: 1 }),
  );

export const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(...hostileNumbers), fc.double({ noNaN: true }));

export const hostileDate = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...hostileDates),
    fc.string({ maxLength: 30 }).filter((text) => Number.isNaN(Date.parse(text))),
  );

const isValidIdentityNumber = (text: string): boolean =>
  Personnummer.valid(text, { allowCoordinationNumber: true, allowInterimNumber: false });

/** A Skatteverket test number in one of the forms people type: 12 or 10 digits, with or without `-`. */
export const validIdentityNumber = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...testIdentityNumbers().filter((n) => Number(n.slice(0, 4)) >= 1930)),
      fc.constantFrom('long', 'long-separated', 'short', 'short-separated'),
    )
    .map(([number, form]) => {
      const digits = form.startsWith('long') ? number : number.slice(2);
      return form.endsWith('separated') ? `${digits.slice(0, -4)}-${digits.slice(-4)}` : digits;
    });

/**
 * Something shaped like an identity number that is not one: a test number with a wrong check digit,
 * an impossible date, a digit too many or too few, or letters; or any hostile string.
 */
export const invalidIdentityNumber = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc
        .tuple(fc.constantFrom(...testIdentityNumbers()), fc.integer({ min: 1, max: 9 }))
        .map(([n, shift]) => `${n.slice(0, 11)}${(Number(n[11]) + shift) % 10}`),
      fc.constantFrom(...testIdentityNumbers()).map((n) => `${n.slice(0, 4)}13${n.slice(6)}`),
      fc.constantFrom(...testIdentityNumbers()).map((n) => `${n}0`),
      fc.constantFrom(...testIdentityNumbers()).map((n) => n.slice(0, 9)),
      fc.constantFrom(...testIdentityNumbers()).map((n) => `${n.slice(0, 8)}-ABCD`),
      hostileString(),
    )
    .filter((text) => !isValidIdentityNumber(text));

/** Ten digits that fail the organisationsnummer check digit, or any hostile string. */
export const invalidOrganisationNumber = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom('556', '802', '212', '969'), fc.stringMatching(/^\d{7}$/))
      .map(([prefix, rest]) => `${prefix}${rest}`)
      .filter((digits) => !Organisationsnummer.valid(digits)),
    hostileString(),
  );
