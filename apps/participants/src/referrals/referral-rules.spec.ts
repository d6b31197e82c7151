import { DomainError } from '@jobbnatet/domain-core';
import { aFreshIdentityNumber, hostileString, invalidIdentityNumber } from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  declineReason,
  maxReasonLength,
  type ReferralInput,
  referralDeclineReasons,
  referralReason,
  validateReferral,
} from './referral-rules';

const aReferral = (overrides: Partial<ReferralInput> = {}): ReferralInput => ({
  identityNumber: aFreshIdentityNumber(),
  givenName: 'Testa',
  familyName: 'Testsson',
  officeId: 'af-sodertalje',
  reason: 'Behöver stöd att komma tillbaka till arbete efter lång sjukskrivning.',
  ...overrides,
});

/** The field a referral was refused for, or null when it was accepted. */
function refusedField(input: ReferralInput, from = '0181'): string | null {
  try {
    validateReferral(input, from);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('PARTICIPANT.INVALID_INPUT');
    return error.field ?? 'unnamed';
  }
}

describe('referral rules', () => {
  it('accepts a referral to an office serving the municipality, home defaulting to it', () => {
    const input = aReferral({ identityNumber: '19850104-2397', phone: '070-123 45 67' });
    expect(validateReferral(input, '0181')).toEqual({
      person: {
        identityNumber: '198501042397',
        givenName: 'Testa',
        familyName: 'Testsson',
        homeMunicipalityCode: '0181',
        phone: '0701234567',
        email: null,
      },
      officeId: 'af-sodertalje',
      reason: input.reason,
    });
  });

  it('keeps a home municipality the case worker states', () => {
    const input = aReferral({ homeMunicipalityCode: '0140' });
    expect(validateReferral(input, '0181').person.homeMunicipalityCode).toBe('0140');
  });

  it('refuses an office that does not serve the referring municipality, or does not exist', () => {
    expect(refusedField(aReferral({ officeId: 'af-solna' }), '0181')).toBe('officeId');
    expect(refusedField(aReferral({ officeId: 'af-atlantis' }), '0181')).toBe('officeId');
    expect(refusedField(aReferral({ officeId: 'af-solna' }), '0184')).toBeNull();
  });

  it('refuses any identity number that is not one, naming the field', () => {
    fc.assert(
      fc.property(invalidIdentityNumber(), (identityNumber) => {
        expect(refusedField(aReferral({ identityNumber }))).toBe('identityNumber');
      }),
    );
  });

  it('refuses a reason that is blank, too long or disguised, naming reason', () => {
    for (const reason of [
      '',
      '   ',
      '\u0301',
      '\u200b',
      'ok\u0000',
      'ok\u202e',
      'ok\ud800',
      'x'.repeat(maxReasonLength + 1),
    ]) {
      expect(refusedField(aReferral({ reason }))).toBe('reason');
    }
  });

  it('accepts a reason of several lines, up to the limit, as written', () => {
    expect(referralReason('Rad ett.\r\nRad två.\n')).toBe('Rad ett.\nRad två.');
    expect(referralReason('x'.repeat(maxReasonLength))).toHaveLength(maxReasonLength);
  });

  it('names the field of a bad phone, e-mail or home municipality', () => {
    expect(refusedField(aReferral({ phone: 'ring mig' }))).toBe('phone');
    expect(refusedField(aReferral({ email: 'not an address' }))).toBe('email');
    expect(refusedField(aReferral({ homeMunicipalityCode: '9999' }))).toBe('homeMunicipalityCode');
  });

  it('refuses hostile names without throwing anything but a typed error', () => {
    fc.assert(
      fc.property(hostileString(), (value) => {
        fc.pre(!/^\p{L}[\p{L}\p{M} '\u2019.-]{0,99}$/u.test(value.normalize('NFC').trim()));
        expect(refusedField(aReferral({ givenName: value }))).toBe('givenName');
      }),
    );
  });

  it('has no decline reason that says the person is already registered', () => {
    expect(referralDeclineReasons.filter((reason) => /REGIST/.test(reason))).toEqual([]);
    expect(declineReason('PERSON_DECLINED')).toBe('PERSON_DECLINED');
    expect(() => declineReason('ALREADY_REGISTERED')).toThrow(DomainError);
  });
});
