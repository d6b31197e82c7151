import { testIdentityNumbers } from '@jobbnatet/testing';
import interimVectors from '@jobbnatet/testing/fixtures/interim-vectors.json';
import organisationVectors from '@jobbnatet/testing/fixtures/organisationsnummer-vectors.json';
import personnummerVectors from '@jobbnatet/testing/fixtures/personnummer-vectors.json';
import Personnummer from 'personnummer';
import {
  ageOf,
  type IdentityNumber,
  isValidIdentityNumber,
  parseIdentityNumber,
} from './identity-number';

// Every valid number written out here is one of Skatteverket's test numbers (the repo scan checks);
// other valid numbers come from the fixtures or are built at runtime.
const today = new Date('2025-06-15T10:00:00Z');
const parse = (input: string) => parseIdentityNumber(input, { today });

function valid(input: string, options = { today }): IdentityNumber {
  const result = parseIdentityNumber(input, options);
  if (!result.ok) throw new Error(`${input} was rejected: ${result.reason}`);
  return result.value;
}

/** The first 11 digits completed with the check digit the library accepts. */
function withCheckDigit(first11: string): string {
  const digits = [...'0123456789'].map((digit) => first11 + digit);
  const number = digits.find((n) =>
    Personnummer.valid(n, { allowCoordinationNumber: true, allowInterimNumber: false }),
  );
  if (!number) throw new Error(`no check digit completes ${first11}`);
  return number;
}

describe('parseIdentityNumber with the personnummer/meta vectors', () => {
  const formats = ['long_format', 'separated_long', 'separated_format', 'short_format'] as const;

  it.each(personnummerVectors.flatMap((v) => formats.map((f) => [v[f], v.valid] as const)))(
    'parses %p as valid: %p',
    (input, expected) => {
      expect(parse(input).ok).toBe(expected);
    },
  );

  it('gives the long format as the canonical form of every separated form', () => {
    for (const vector of personnummerVectors.filter((v) => v.valid)) {
      for (const input of [vector.long_format, vector.separated_long, vector.separated_format]) {
        expect(valid(input).canonical).toBe(vector.long_format);
      }
    }
  });

  it('reads the 10 digits without separator as a number of someone younger than 100', () => {
    for (const vector of personnummerVectors.filter((v) => v.valid)) {
      const { canonical } = valid(vector.short_format);
      expect(canonical.slice(2)).toBe(vector.short_format);
      expect(Number(canonical.slice(0, 4))).toBeGreaterThan(1925);
    }
  });

  it('tells a samordningsnummer from a personnummer', () => {
    const validVectors = personnummerVectors.filter((v) => v.valid);
    expect(validVectors.some((v) => v.type === 'con')).toBe(true);
    for (const vector of validVectors) {
      expect(valid(vector.long_format).kind).toBe(
        vector.type === 'con' ? 'samordningsnummer' : 'personnummer',
      );
    }
  });

  it('rejects the organisation numbers among the vectors', () => {
    for (const vector of organisationVectors) {
      expect(parse(vector.short_format)).toEqual({ ok: false, reason: 'DATE' });
      expect(parse(vector.separated_format)).toEqual({ ok: false, reason: 'DATE' });
    }
  });
});

describe('parseIdentityNumber with interim numbers', () => {
  const formats = ['long_format', 'short_format', 'separated_format', 'separated_long'] as const;

  it('rejects every well-formed interim number as INTERIM', () => {
    const wellFormed = interimVectors.filter((v) => v.valid);
    expect(wellFormed.length).toBeGreaterThan(0);
    for (const vector of wellFormed) {
      for (const format of formats)
        expect(parse(vector[format])).toEqual({ ok: false, reason: 'INTERIM' });
    }
  });

  it('rejects an interim number with a letter no interim number uses as FORMAT', () => {
    for (const vector of interimVectors.filter((v) => !v.valid)) {
      for (const format of formats)
        expect(parse(vector[format])).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });

  it('rejects an interim number written in lower case', () => {
    expect(parse('20000101-t220')).toEqual({ ok: false, reason: 'INTERIM' });
  });
});

describe("parseIdentityNumber with Skatteverket's test numbers", () => {
  const numbers = testIdentityNumbers();

  it('has a few thousand of them to check', () => {
    expect(numbers.length).toBeGreaterThan(2500);
  });

  it('accepts each one and keeps it as the canonical form', () => {
    for (const number of numbers) {
      const value = valid(number);
      expect(value.canonical).toBe(number);
      expect(value.display).toBe(`${number.slice(0, 8)}-${number.slice(8)}`);
      expect(value.kind).toBe('personnummer');
    }
  });

  it('reads each one back from its 10-digit form with the separator its age calls for', () => {
    for (const number of numbers) {
      const separator = Number(number.slice(0, 4)) <= 1925 ? '+' : '-';
      expect(valid(`${number.slice(2, 8)}${separator}${number.slice(8)}`).canonical).toBe(number);
    }
  });
});

describe('parseIdentityNumber', () => {
  it('normalises every way of writing a number to one canonical and one display form', () => {
    for (const input of [
      '201202292395',
      '20120229-2395',
      '1202292395',
      '120229-2395',
      ' 120229-2395\n',
    ]) {
      expect(parse(input)).toEqual({
        ok: true,
        value: {
          kind: 'personnummer',
          canonical: '201202292395',
          display: '20120229-2395',
          birthDate: '2012-02-29',
        },
      });
    }
  });

  it('rejects a personnummer whose check digit is wrong', () => {
    expect(parse('192507176937').ok).toBe(true);
    expect(parse('192507176930')).toEqual({ ok: false, reason: 'CHECKSUM' });
    expect(parse('250717+6938')).toEqual({ ok: false, reason: 'CHECKSUM' });
  });

  it('rejects dates that do not exist', () => {
    expect(parse('19900230-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19901301-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19900100-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19900431-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19000229-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('900001-1234')).toEqual({ ok: false, reason: 'DATE' });
  });

  it('rejects a birth date in the future', () => {
    expect(parse('20250616-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('250616-1234')).toEqual({ ok: false, reason: 'DATE' });
  });

  it('rejects a 12-digit number born before 1800', () => {
    const sixteenHundreds = `16${withCheckDigit('20120229239').slice(2)}`;
    expect(parse(sixteenHundreds)).toEqual({ ok: false, reason: 'DATE' });
  });

  it('rejects birth number 000, which is never issued', () => {
    expect(parse('19900101-0000')).toEqual({ ok: false, reason: 'SERIAL' });
  });

  it('rejects letters, other separators, and wrong lengths as FORMAT', () => {
    for (const input of [
      '19900101-98O2',
      'abcdefghij',
      '20120229 2395',
      '20120229/2395',
      '20120229\u20132395',
      '120229--2395',
      '2012022923951',
      '201202292',
      '12022923',
      '1202292395123',
      '20120229-2395-',
      '+20120229-2395',
    ]) {
      expect(parse(input)).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });

  it('rejects an empty or blank string as EMPTY', () => {
    expect(parse('')).toEqual({ ok: false, reason: 'EMPTY' });
    expect(parse('   ')).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it('returns a plain object that carries nothing of the library', () => {
    const value = valid('192507176937');
    expect(Object.keys(value).sort()).toEqual(['birthDate', 'canonical', 'display', 'kind']);
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});

describe('parseIdentityNumber on the century of a 10-digit number', () => {
  // 192507176937 is born on 17 July 1925 and turns 100 in 2025.
  const on = (date: string) => ({ today: new Date(`${date}T12:00:00Z`) });
  // Other centuries of the same digits are no test numbers, so they are only ever built here.
  const tenDigits = '2507176937';

  it('reads "-" as born within the last 99 calendar years', () => {
    expect(valid('250717-6937', on('2024-12-31')).canonical).toBe('192507176937');
  });

  it('reads "+" as 100 years or older, counted from the calendar year the holder turns 100', () => {
    expect(valid('250717+6937', on('2025-01-01')).canonical).toBe('192507176937');
    expect(valid('250717+6937', on('2024-12-31')).canonical).toBe(`18${tenDigits}`);
  });

  it('reads "-" as this year once the holder would turn 100 this year', () => {
    expect(parseIdentityNumber('250717-6937', on('2025-07-16'))).toEqual({
      ok: false,
      reason: 'DATE',
    });
    expect(valid('250717-6937', on('2025-07-17')).canonical).toBe(`20${tenDigits}`);
  });

  it('ignores the separator of a 12-digit number, whose century is written out', () => {
    expect(valid('19250717+6937', on('2024-06-01')).canonical).toBe('192507176937');
    expect(valid('19250717-6937', on('2026-06-01')).canonical).toBe('192507176937');
  });

  it('judges against the real clock when no date is given', () => {
    expect(parseIdentityNumber('19250717-6937').ok).toBe(true);
    expect(parseIdentityNumber(`${new Date().getFullYear() + 1}0101-1234`)).toEqual({
      ok: false,
      reason: 'DATE',
    });
  });
});

describe('parseIdentityNumber with samordningsnummer', () => {
  const samordningsnummer = personnummerVectors.filter((v) => v.valid && v.type === 'con');

  it('gives the real birth date and keeps the day plus 60 in the canonical form', () => {
    expect(samordningsnummer.length).toBeGreaterThan(0);
    for (const vector of samordningsnummer) {
      const value = valid(vector.separated_format);
      const day = Number(vector.long_format.slice(6, 8));
      expect(value.kind).toBe('samordningsnummer');
      expect(value.canonical).toBe(vector.long_format);
      expect(value.display).toBe(
        `${vector.long_format.slice(0, 8)}-${vector.long_format.slice(8)}`,
      );
      expect(value.birthDate).toBe(
        `${vector.long_format.slice(0, 4)}-${vector.long_format.slice(4, 6)}-${String(day - 60).padStart(2, '0')}`,
      );
    }
  });

  it('accepts day 89 in February of a leap year only', () => {
    const leap = withCheckDigit('20000289123');
    expect(valid(leap)).toMatchObject({ kind: 'samordningsnummer', birthDate: '2000-02-29' });
    expect(parse('19010289-1234')).toEqual({ ok: false, reason: 'DATE' });
  });

  it('accepts days 61 and 91 and rejects 60 and 92', () => {
    expect(valid(withCheckDigit('19900161123'))).toMatchObject({ birthDate: '1990-01-01' });
    expect(valid(withCheckDigit('19900191123'))).toMatchObject({ birthDate: '1990-01-31' });
    expect(parse('19900160-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19900192-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19900491-1234')).toEqual({ ok: false, reason: 'DATE' });
  });

  it('rejects a samordningsnummer whose check digit is wrong', () => {
    const number = withCheckDigit('19900161123');
    const wrong = `${number.slice(0, 11)}${(Number(number[11]) + 1) % 10}`;
    expect(parse(wrong)).toEqual({ ok: false, reason: 'CHECKSUM' });
  });
});

describe('isValidIdentityNumber', () => {
  it('says whether parseIdentityNumber accepts the input', () => {
    expect(isValidIdentityNumber('192507176937', { today })).toBe(true);
    expect(isValidIdentityNumber('192507176930', { today })).toBe(false);
    expect(isValidIdentityNumber('20000101-T220', { today })).toBe(false);
  });
});

describe('ageOf', () => {
  const leapling = valid('201202292395');

  it('counts whole years on the given day', () => {
    const holder = valid('192507176937');
    expect(ageOf(holder, { today: new Date('2025-07-16T12:00:00Z') })).toBe(99);
    expect(ageOf(holder, { today: new Date('2025-07-17T12:00:00Z') })).toBe(100);
  });

  it('turns someone born on 29 February a year older on 1 March in common years', () => {
    expect(ageOf(leapling, { today: new Date('2025-02-28T12:00:00Z') })).toBe(12);
    expect(ageOf(leapling, { today: new Date('2025-03-01T12:00:00Z') })).toBe(13);
  });

  it('counts a samordningsnummer holder from the real birth date', () => {
    const holder = valid(withCheckDigit('19900161123'));
    expect(ageOf(holder, { today: new Date('2025-01-01T12:00:00Z') })).toBe(35);
  });
});
