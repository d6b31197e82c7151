import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Personnummer from 'personnummer';
import { findUnlistedIdentityNumbers, testIdentityNumbers } from '../src';
import { repoRoot, scannableFiles } from './repo-files';

// No identity number is written out in this file: every one is built at runtime from the fixtures,
// so the scan below cannot pass merely because this file contains nothing to find.
const listed = testIdentityNumbers();
const allowed = new Set(listed);

/** The check digit that makes the first 11 digits a valid number, found through the library. */
function withCheckDigit(first11: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = `${first11}${digit}`;
    if (
      Personnummer.valid(candidate, { allowCoordinationNumber: true, allowInterimNumber: false })
    ) {
      return candidate;
    }
  }
  throw new Error(`no check digit makes ${first11} valid`);
}

/** A valid number with a listed number's birth date that is not itself listed. */
function unlistedNumberLike(number: string): string {
  for (let serial = 100; serial < 980; serial++) {
    const candidate = withCheckDigit(`${number.slice(0, 8)}${serial}`);
    if (!allowed.has(candidate)) return candidate;
  }
  throw new Error(`every serial of ${number} is listed`);
}

function listedBornIn(century: string): string {
  const number = listed.find((n) => n.startsWith(century));
  if (!number) throw new Error(`no listed number born in ${century}xx`);
  return number;
}

function scan(text: string): string[] {
  return findUnlistedIdentityNumbers(text, allowed).map((finding) => finding.text);
}

describe('findUnlistedIdentityNumbers', () => {
  const modern = listedBornIn('19');
  const recent = listedBornIn('20');
  const old = listedBornIn('18');

  it('accepts a published test number in its 12-digit, separated and 10-digit forms', () => {
    const forms = [
      recent,
      `${recent.slice(0, 8)}-${recent.slice(8)}`,
      recent.slice(2),
      `${recent.slice(2, 8)}-${recent.slice(8)}`,
      `${modern.slice(2, 8)}-${modern.slice(8)}`,
      `${old.slice(2, 8)}+${old.slice(8)}`,
    ];
    expect(scan(forms.join('\n'))).toEqual([]);
  });

  it('reports a Luhn-valid personnummer that is not a published test number', () => {
    const unlisted = unlistedNumberLike(modern);
    const separated = `${unlisted.slice(2, 8)}-${unlisted.slice(8)}`;
    expect(scan(`a: ${unlisted}\nb: ${separated}`)).toEqual([unlisted, separated]);
  });

  it('reports a samordningsnummer built from a published test number', () => {
    const day = Number(modern.slice(6, 8)) + 60;
    const samordningsnummer = withCheckDigit(`${modern.slice(0, 6)}${day}${modern.slice(8, 11)}`);
    expect(scan(samordningsnummer)).toEqual([samordningsnummer]);
  });

  it('ignores a number whose check digit is wrong', () => {
    const unlisted = unlistedNumberLike(modern);
    const wrongCheck = `${unlisted.slice(0, 11)}${(Number(unlisted[11]) + 1) % 10}`;
    expect(scan(wrongCheck)).toEqual([]);
  });

  it('ignores organisation numbers even when their check digit is valid', () => {
    const vectors = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/organisationsnummer-vectors.json'), 'utf8'),
    ) as { short_format: string; separated_format: string }[];
    const text = vectors.flatMap((v) => [v.short_format, v.separated_format]).join('\n');
    expect(vectors.length).toBeGreaterThan(0);
    expect(scan(text)).toEqual([]);
  });

  it('ignores a valid number inside a longer run of digits', () => {
    const unlisted = unlistedNumberLike(modern);
    expect(scan(`0${unlisted}`)).toEqual([]);
    expect(scan(`${unlisted}0`)).toEqual([]);
  });

  it('gives the line and column of each finding', () => {
    const unlisted = unlistedNumberLike(recent);
    const findings = findUnlistedIdentityNumbers(`first line\n  id: ${unlisted}\n`, allowed);
    expect(findings).toEqual([{ line: 2, column: 7, text: unlisted }]);
  });
});

describe('the repository', () => {
  const files = scannableFiles();

  it('lists this spec among the files it scans', () => {
    expect(files.map((file) => file.path)).toContain(
      relative(repoRoot, __filename).split('\\').join('/'),
    );
  });

  it('contains no personnummer or samordningsnummer outside the published test numbers', () => {
    const findings = files.flatMap((file) =>
      findUnlistedIdentityNumbers(file.text, allowed).map(
        (finding) => `${file.path}:${finding.line}:${finding.column} ${finding.text}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
