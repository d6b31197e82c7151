import { DomainError } from '@jobbnatet/domain-core';
import { hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import { validateContactPerson, validateEmployer, validateWorkplace } from './employer-rules';

const valid = {
  organisationNumber: '556000-0001',
  name: 'Testbolaget AB',
  sniCode: '62010',
  sizeBand: 'SMALL',
};

function refusedField(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.field ?? 'unnamed';
  }
}

describe('employer rules', () => {
  it('accepts an employer, canonical number, the officer’s own office by default', () => {
    expect(validateEmployer(valid, 'af-solna')).toEqual({
      organisationNumber: '5560000001',
      soleTrader: false,
      name: 'Testbolaget AB',
      sniCode: '62010',
      sizeBand: 'SMALL',
      officeIds: ['af-solna'],
    });
  });

  it('names the field of a bad organisation number, SNI code, size band or office', () => {
    expect(
      refusedField(() =>
        validateEmployer({ ...valid, organisationNumber: '556000-0002' }, 'af-solna'),
      ),
    ).toBe('organisationNumber');
    expect(refusedField(() => validateEmployer({ ...valid, sniCode: '6201' }, 'af-solna'))).toBe(
      'sniCode',
    );
    expect(refusedField(() => validateEmployer({ ...valid, sizeBand: 'HUGE' }, 'af-solna'))).toBe(
      'sizeBand',
    );
    expect(
      refusedField(() => validateEmployer({ ...valid, officeIds: ['af-atlantis'] }, 'af-solna')),
    ).toBe('officeIds');
    expect(refusedField(() => validateEmployer(valid, undefined))).toBe('officeIds');
  });

  it('refuses hostile names without quoting them', () => {
    fc.assert(
      fc.property(
        hostileString().filter(
          (value) =>
            !/\p{L}/u.test(value) ||
            /\p{C}/u.test(value.normalize('NFC').trim()) ||
            value.trim().length > 200,
        ),
        (name) => {
          try {
            validateEmployer({ ...valid, name }, 'af-solna');
            return false;
          } catch (error) {
            return (
              error instanceof DomainError &&
              error.field === 'name' &&
              (name.trim().length < 3 || !error.message.includes(name))
            );
          }
        },
      ),
    );
  });

  it('checks workplaces and contact persons field by field', () => {
    expect(validateWorkplace({ name: 'Lagret', municipalityCode: '0181' })).toEqual({
      name: 'Lagret',
      municipalityCode: '0181',
    });
    expect(
      refusedField(() => validateWorkplace({ name: 'Lagret', municipalityCode: '9999' })),
    ).toBe('municipalityCode');
    expect(
      validateContactPerson({ name: 'Ida Ek', role: 'HR-chef', phone: '08-123 45 67' }),
    ).toEqual({
      role: 'HR-chef',
      details: { name: 'Ida Ek', phone: '081234567', email: null },
    });
    expect(
      refusedField(() => validateContactPerson({ name: 'Ida', role: 'HR', email: 'ida' })),
    ).toBe('email');
    expect(refusedField(() => validateContactPerson({ name: '--', role: 'HR' }))).toBe('name');
  });
});
