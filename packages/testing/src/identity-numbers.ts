import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Personnummer from 'personnummer';

// `../fixtures` is the same folder from src (jest) and from dist (built package).
const fixtureFile = join(__dirname, '../fixtures/skatteverket-testpersonnummer.txt');

let cached: readonly string[] | undefined;

/**
 * Skatteverket's published test personnummer (a spread of about 3 000 of them), canonical
 * 12 digits `YYYYMMDDNNNN`. The only identity numbers tests, fixtures and demo data may use.
 */
export function testIdentityNumbers(): string[] {
  cached ??= readFileSync(fixtureFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return [...cached];
}

/**
 * The test numbers reserved for the demo region (tools/demo-region): born 1961–2005 on the 1st–7th
 * of a month (about 370). Builders never hand them out, so suites sharing a database with the
 * loaded region never register one of its people first.
 */
export function isDemoIdentityNumber(canonical: string): boolean {
  const year = Number(canonical.slice(0, 4));
  const day = Number(canonical.slice(6, 8));
  return year >= 1961 && year <= 2005 && day >= 1 && day <= 7;
}

/** The reserved numbers, in the fixture's order. */
export function demoIdentityNumbers(): string[] {
  return testIdentityNumbers().filter(isDemoIdentityNumber);
}

/** A personnummer-looking string found in a text that is not a published test number. */
export interface UnlistedIdentityNumber {
  /** 1-based line and column of the match. */
  line: number;
  column: number;
  text: string;
}

// A whole run of 10 or 12 digits, optionally with the separator before the last four.
const candidatePattern = /(?<!\d)(\d{8}|\d{6})([-+]?)(\d{4})(?!\d)/g;
// The short form drops the century: any century a test number can have counts.
const shortFormCenturies = ['18', '19', '20'];

/** Canonical 12-digit forms the candidate could stand for, or none if it is no personnummer. */
function personalNumberReadings(date: string, digits: string): string[] {
  const long =
    date.length === 8 ? [date + digits] : shortFormCenturies.map((c) => c + date + digits);
  // Month 20 or more is an organisation number, and only 18xx-20xx births hold personnummer.
  return long.filter(
    (number) =>
      /^(18|19|20)/.test(number) &&
      Number(number.slice(4, 6)) < 20 &&
      Personnummer.valid(number, { allowCoordinationNumber: true, allowInterimNumber: false }),
  );
}

/**
 * Finds every Luhn-valid personnummer or samordningsnummer (10 or 12 digits, optional `-`/`+`,
 * a real date or date+60) in `text` whose canonical form is not in `allowed`. A 10-digit match
 * passes when any century makes it an allowed number.
 */
export function findUnlistedIdentityNumbers(
  text: string,
  allowed: ReadonlySet<string>,
): UnlistedIdentityNumber[] {
  const found: UnlistedIdentityNumber[] = [];
  for (const match of text.matchAll(candidatePattern)) {
    const [whole, date = '', , digits = ''] = match;
    const readings = personalNumberReadings(date, digits);
    if (readings.length === 0 || readings.some((number) => allowed.has(number))) continue;
    const before = text.slice(0, match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    found.push({
      line: before.split('\n').length,
      column: match.index - lineStart + 1,
      text: whole,
    });
  }
  return found;
}
