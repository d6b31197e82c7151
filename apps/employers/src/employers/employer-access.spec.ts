import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf } from '@jobbnatet/domain-core';
import {
  employerPolicy,
  mayMaintainEmployer,
  mayRegisterEmployer,
  maySeeEmployerDetails,
} from './employer-access';

const caller = (overrides: Partial<CallerIdentity> & { role: Role }): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  correlationId: 'c',
  ...overrides,
});

describe('employer access', () => {
  it('lets officers and process leaders reach their office’s employers, a contact their own', () => {
    expect(scopeOf(employerPolicy, caller({ role: 'officer', officeId: 'af-solna' }))).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
    expect(
      scopeOf(employerPolicy, caller({ role: 'process_leader', officeId: 'af-solna' })),
    ).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
    const employerId = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1';
    expect(scopeOf(employerPolicy, caller({ role: 'employer_contact', employerId }))).toEqual({
      kind: 'employer',
      employerId,
    });
  });

  it.each(['analyst', 'municipal_case_worker', 'provider_staff'] as const)(
    'lets a %s reach no employer',
    (role) => {
      const attributes = {
        officeId: 'af-solna',
        municipalityCode: '0181',
        providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
      };
      expect(scopeOf(employerPolicy, caller({ role, ...attributes }))).toEqual({ kind: 'none' });
    },
  );

  it('lets only an officer register, for offices that include their own', () => {
    expect(
      mayRegisterEmployer(caller({ role: 'officer', officeId: 'af-solna' }), [
        'af-solna',
        'af-kista',
      ]),
    ).toBe(true);
    expect(
      mayRegisterEmployer(caller({ role: 'officer', officeId: 'af-solna' }), ['af-kista']),
    ).toBe(false);
    expect(mayRegisterEmployer(caller({ role: 'admin' }), ['af-kista'])).toBe(false);
  });

  it('shows organisation numbers and contact persons to officers, admins and the employer only', () => {
    expect(maySeeEmployerDetails('officer')).toBe(true);
    expect(maySeeEmployerDetails('employer_contact')).toBe(true);
    expect(maySeeEmployerDetails('provider_staff')).toBe(false);
    expect(maySeeEmployerDetails('process_leader')).toBe(false);
    expect(mayMaintainEmployer('employer_contact')).toBe(true);
    expect(mayMaintainEmployer('process_leader')).toBe(false);
  });
});
