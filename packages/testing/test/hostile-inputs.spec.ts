import fc from 'fast-check';
import Organisationsnummer from 'organisationsnummer';
import Personnummer from 'personnummer';
import {
  aParticipant,
  hostileDate,
  invalidIdentityNumber,
  invalidOrganisationNumber,
  testIdentityNumbers,
  validIdentityNumber,
} from '../src';

const valid = (text: string) =>
  Personnummer.valid(text, { allowCoordinationNumber: true, allowInterimNumber: false });

describe('the hostile-input corpus', () => {
  it('never offers a valid identity number as an invalid one', () => {
    fc.assert(
      fc.property(invalidIdentityNumber(), (text) => !valid(text)),
      { numRuns: 500 },
    );
  });

  it('offers only published test numbers, in forms people type, as valid ones', () => {
    const listed = new Set(testIdentityNumbers());
    fc.assert(
      fc.property(validIdentityNumber(), (text) => {
        const digits = text.replace('-', '');
        return valid(text) && [...listed].some((number) => number.endsWith(digits));
      }),
      { numRuns: 200 },
    );
  });

  it('offers organisation numbers that fail their check digit', () => {
    fc.assert(
      fc.property(invalidOrganisationNumber(), (text) => !Organisationsnummer.valid(text)),
      { numRuns: 300 },
    );
  });

  it('offers dates that do not parse or do not exist', () => {
    fc.assert(
      fc.property(hostileDate(), (text) => {
        const parsed = new Date(`${text}T00:00:00Z`);
        return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text;
      }),
      { numRuns: 300 },
    );
  });
});

describe('test-data builders', () => {
  it('hands every participant a different published test number', () => {
    const built = Array.from({ length: 50 }, () => aParticipant().build());
    expect(new Set(built.map((p) => p.identityNumber)).size).toBe(50);
    const listed = new Set(testIdentityNumbers());
    expect(built.every((p) => listed.has(p.identityNumber))).toBe(true);
  });

  it('lets a test change only what it is about', () => {
    expect(aParticipant().atOffice('af-solna').livingIn('0184').build()).toMatchObject({
      officeId: 'af-solna',
      homeMunicipalityCode: '0184',
      givenName: 'Testa',
    });
  });
});
