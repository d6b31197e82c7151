import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf } from '@jobbnatet/domain-core';
import { mayRegister, maySeeIdentityNumber, participantPolicy } from './participant-access';

const caller = (overrides: Partial<CallerIdentity> & { role: Role }): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  correlationId: 'c',
  ...overrides,
});
const scope = (overrides: Partial<CallerIdentity> & { role: Role }) =>
  scopeOf(participantPolicy, caller(overrides));

describe('participant access', () => {
  it('limits an officer to their own office', () => {
    expect(scope({ role: 'officer', officeId: 'af-solna' })).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
  });

  it('limits a municipal case worker to their municipality', () => {
    expect(scope({ role: 'municipal_case_worker', municipalityCode: '0181' })).toEqual({
      kind: 'municipality',
      municipalityCode: '0181',
    });
  });

  it.each(['employer_contact', 'analyst', 'process_leader'] as const)(
    'shows a %s no participant',
    (role) => {
      expect(scope({ role, officeId: 'af-solna', municipalityCode: '0181' })).toEqual({
        kind: 'none',
      });
    },
  );

  it('shows an officer without an office nothing', () => {
    expect(scope({ role: 'officer' })).toEqual({ kind: 'none' });
  });

  it('lets an officer register only at their own office', () => {
    const officer = scope({ role: 'officer', officeId: 'af-solna' });
    expect(mayRegister(officer, { officeId: 'af-solna', homeMunicipalityCode: '0184' })).toBe(true);
    expect(mayRegister(officer, { officeId: 'af-sodertalje', homeMunicipalityCode: '0184' })).toBe(
      false,
    );
  });

  it('lets a case worker register only residents of their municipality', () => {
    const worker = scope({ role: 'municipal_case_worker', municipalityCode: '0181' });
    expect(mayRegister(worker, { officeId: 'af-sodertalje', homeMunicipalityCode: '0181' })).toBe(
      true,
    );
    expect(mayRegister(worker, { officeId: 'af-sodertalje', homeMunicipalityCode: '0180' })).toBe(
      false,
    );
  });

  it('lets no role without a scope register anyone', () => {
    for (const role of ['employer_contact', 'analyst', 'process_leader'] as const) {
      expect(
        mayRegister(scope({ role, officeId: 'af-sodertalje', municipalityCode: '0181' }), {
          officeId: 'af-sodertalje',
          homeMunicipalityCode: '0181',
        }),
      ).toBe(false);
    }
  });

  it('hides the identity number from everyone but officers and admins', () => {
    expect(maySeeIdentityNumber('officer')).toBe(true);
    expect(maySeeIdentityNumber('admin')).toBe(true);
    expect(maySeeIdentityNumber('municipal_case_worker')).toBe(false);
    expect(maySeeIdentityNumber('analyst')).toBe(false);
    expect(maySeeIdentityNumber('employer_contact')).toBe(false);
  });
});
