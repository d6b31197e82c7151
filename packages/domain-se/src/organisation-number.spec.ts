import organisationVectors from '@jobbnatet/testing/fixtures/organisationsnummer-vectors.json';
import personnummerVectors from '@jobbnatet/testing/fixtures/personnummer-vectors.json';
import Organisationsnummer from 'organisationsnummer';
import {
  isValidOrganisationNumber,
  type OrganisationNumber,
  parseOrganisationNumber,
} from './organisation-number';

const today = new Date('2025-06-15T10:00:00Z');
const parse = (input: string) => parseOrganisationNumber(input, { today });

function valid(input: string): OrganisationNumber {
  const result = parse(input);
  if (!result.ok) throw new Error(`${input} was rejected: ${result.reason}`);
  return result.value;
}

/** The first 9 digits completed with the check digit the library accepts. */
function withCheckDigit(first9: string): string {
  const number = [...'0123456789']
    .map((digit) => first9 + digit)
    .find((n) => Organisationsnummer.valid(n));
  if (!number) throw new Error(`no check digit completes ${first9}`);
  return number;
}

describe('parseOrganisationNumber with the personnummer/meta vectors', () => {
  it('accepts each organisation number with and without hyphen', () => {
    expect(organisationVectors.length).toBeGreaterThan(0);
    for (const vector of organisationVectors) {
      for (const input of [vector.short_format, vector.separated_format]) {
        expect(valid(input)).toMatchObject({
          canonical: vector.short_format,
          display: vector.separated_format,
          isPersonnummer: false,
          personnummer: null,
        });
      }
    }
  });

  it('accepts the 12-digit form with the prefix 16 and drops the prefix', () => {
    for (const vector of organisationVectors) {
      expect(valid(`16${vector.short_format}`).canonical).toBe(vector.short_format);
      expect(valid(`16${vector.separated_format}`).display).toBe(vector.separated_format);
    }
  });

  it('rejects any other 12-digit prefix on an organisation number', () => {
    const [vector] = organisationVectors;
    expect(parse(`19${vector?.short_format}`)).toEqual({ ok: false, reason: 'FORMAT' });
    expect(parse(`20${vector?.short_format}`)).toEqual({ ok: false, reason: 'FORMAT' });
  });
});

describe('parseOrganisationNumber on the organisation type', () => {
  it.each([
    ['1', 'ESTATE'],
    ['2', 'PUBLIC_SECTOR'],
    ['3', 'FOREIGN_COMPANY'],
    ['4', 'UNKNOWN'],
    ['5', 'LIMITED_COMPANY'],
    ['6', 'SIMPLE_PARTNERSHIP'],
    ['7', 'ECONOMIC_ASSOCIATION'],
    ['8', 'NON_PROFIT'],
    ['9', 'PARTNERSHIP'],
  ])('reads group digit %s as %s', (digit, type) => {
    const number = withCheckDigit(`${digit}12345678`);
    expect(valid(number)).toMatchObject({ type, isPersonnummer: false });
  });
});

describe('parseOrganisationNumber with a sole trader', () => {
  it('accepts the owner personnummer, flags it and keeps the full number beside the 10 digits', () => {
    for (const input of ['192507176937', '19250717-6937', '250717+6937']) {
      expect(valid(input)).toEqual({
        canonical: '2507176937',
        display: '250717-6937',
        type: 'SOLE_TRADER',
        isPersonnummer: true,
        personnummer: {
          kind: 'personnummer',
          canonical: '192507176937',
          display: '19250717-6937',
          birthDate: '1925-07-17',
        },
      });
    }
  });

  it('accepts an owner samordningsnummer', () => {
    const vector = personnummerVectors.find((v) => v.valid && v.type === 'con');
    expect(vector).toBeDefined();
    const value = valid(vector?.separated_format ?? '');
    expect(value).toMatchObject({
      canonical: vector?.short_format,
      type: 'SOLE_TRADER',
      isPersonnummer: true,
    });
    expect(value.personnummer?.kind).toBe('samordningsnummer');
  });

  it('rejects a personnummer-shaped number that is not a valid personnummer', () => {
    expect(parse('192507176930')).toEqual({ ok: false, reason: 'CHECKSUM' });
    expect(parse('19900230-1234')).toEqual({ ok: false, reason: 'DATE' });
    expect(parse('19900101-0000')).toEqual({ ok: false, reason: 'SERIAL' });
    expect(parse('20250616-1234')).toEqual({ ok: false, reason: 'DATE' });
  });

  it('rejects a personnummer behind the prefix 16, which the library reads as born in the 1600s', () => {
    expect(Organisationsnummer.valid('162507176937')).toBe(true);
    expect(parse('162507176937')).toEqual({ ok: false, reason: 'DATE' });
  });

  it('rejects an interim number', () => {
    expect(parse('20000101-T220')).toEqual({ ok: false, reason: 'FORMAT' });
  });
});

describe('parseOrganisationNumber with bad input', () => {
  const [vector] = organisationVectors;
  const number = vector?.short_format ?? '';

  it('rejects an organisation number whose check digit is wrong', () => {
    const wrong = `${number.slice(0, 9)}${(Number(number[9]) + 1) % 10}`;
    expect(parse(wrong)).toEqual({ ok: false, reason: 'CHECKSUM' });
  });

  it('rejects a plus sign in an organisation number', () => {
    expect(parse(`${number.slice(0, 6)}+${number.slice(6)}`)).toEqual({
      ok: false,
      reason: 'FORMAT',
    });
  });

  it('rejects a group digit 0 whatever the check digit', () => {
    for (const check of '0123456789') {
      expect(parse(`012345678${check}`)).toEqual({ ok: false, reason: 'FORMAT' });
    }
  });

  it('rejects letters, wrong lengths and blanks', () => {
    expect(parse(`${number.slice(0, 9)}X`)).toEqual({ ok: false, reason: 'FORMAT' });
    expect(parse(number.slice(0, 9))).toEqual({ ok: false, reason: 'FORMAT' });
    expect(parse(`${number}0`)).toEqual({ ok: false, reason: 'FORMAT' });
    expect(parse(`${number.slice(0, 6)} ${number.slice(6)}`)).toEqual({
      ok: false,
      reason: 'FORMAT',
    });
    expect(parse('')).toEqual({ ok: false, reason: 'EMPTY' });
    expect(parse(' \t')).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it('ignores surrounding whitespace', () => {
    expect(valid(` ${vector?.separated_format}\n`).canonical).toBe(number);
  });
});

describe('isValidOrganisationNumber', () => {
  it('says whether parseOrganisationNumber accepts the input', () => {
    const [vector] = organisationVectors;
    expect(isValidOrganisationNumber(vector?.separated_format ?? '', { today })).toBe(true);
    expect(isValidOrganisationNumber('192507176937', { today })).toBe(true);
    expect(isValidOrganisationNumber('192507176930', { today })).toBe(false);
  });
});
