import { DomainError } from '@jobbnatet/domain-core';
import {
  aParticipant,
  hostileString,
  invalidIdentityNumber,
  validIdentityNumber,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { type RegistrationInput, validateRegistration } from './registration-rules';

/** The field a registration was refused for, or null when it was accepted. */
function refusedField(input: RegistrationInput): string | null {
  try {
    validateRegistration(input);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('PARTICIPANT.INVALID_INPUT');
    return error.field ?? 'unnamed';
  }
}

describe('registration rules', () => {
  it('accepts a complete registration and keeps the canonical number', () => {
    const input = aParticipant().build();
    expect(validateRegistration(input)).toEqual({ ...input });
  });

  it('accepts every form of a valid identity number people type', () => {
    fc.assert(
      fc.property(validIdentityNumber(), (identityNumber) => {
        const input = aParticipant().withIdentityNumber(identityNumber).build();
        return validateRegistration(input).identityNumber.length === 12;
      }),
    );
  });

  it('refuses any identity number that is not one, naming the field', () => {
    fc.assert(
      fc.property(invalidIdentityNumber(), (identityNumber) => {
        expect(refusedField(aParticipant().withIdentityNumber(identityNumber).build())).toBe(
          'identityNumber',
        );
      }),
    );
  });

  it('refuses an office that does not exist, even one that looks right', () => {
    for (const officeId of ['af-atlantis', 'af-sodertalje-2', '__proto__', 'AF-SOLNA']) {
      expect(refusedField(aParticipant().atOffice(officeId).build())).toBe('officeId');
    }
  });

  it('accepts every office on record', () => {
    expect(refusedField(aParticipant().atOffice('af-norrtalje').build())).toBeNull();
  });

  it('refuses a name made only of combining marks, and one with no letter at all', () => {
    expect(refusedField(aParticipant().named('\u0301').build())).toBe('givenName');
    expect(refusedField(aParticipant().named('Ida', '\u0301\u0308').build())).toBe('familyName');
    expect(refusedField(aParticipant().named('--').build())).toBe('givenName');
  });

  it('accepts names of any script, with marks, hyphens and apostrophes', () => {
    for (const [given, family] of [
      ['Åsa-Maria', 'O’Brien'],
      ['José', 'Núñez'],
      ['Zoë', 'Ålund'],
      ['Мария', 'Иванова'],
      ['علي', 'حسن'],
    ] as const) {
      expect(refusedField(aParticipant().named(given, family).build())).toBeNull();
    }
  });

  it('refuses hostile names, naming the field and never quoting the value', () => {
    fc.assert(
      fc.property(
        hostileString().filter(
          (text) => !/^\p{L}[\p{L}\p{M} '\u2019.-]{0,99}$/u.test(text.normalize('NFC').trim()),
        ),
        (givenName) => {
          try {
            validateRegistration(aParticipant().named(givenName).build());
            return false;
          } catch (error) {
            return (
              error instanceof DomainError &&
              error.field === 'givenName' &&
              (givenName.trim().length < 3 || !error.message.includes(givenName))
            );
          }
        },
      ),
    );
  });
});
