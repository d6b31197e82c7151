import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf } from '@jobbnatet/domain-core';
import {
  mayAddInterventionType,
  mayRegisterProvider,
  mayRunOffering,
  mayWriteOffering,
  offeringPolicy,
} from './offering-access';

const caller = (role: Role, officeId?: string): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role,
  correlationId: 'c',
  ...(officeId ? { officeId } : {}),
  municipalityCode: '0181',
});
const offering = { officeIds: ['af-sodertalje'], municipalityCode: '0181' };

describe('offering access', () => {
  it.each(['officer', 'municipal_case_worker', 'process_leader', 'admin'] as const)(
    'lets a %s read the whole catalogue (it is for planning, and holds no personal data)',
    (role) => {
      expect(scopeOf(offeringPolicy, caller(role, 'af-solna'))).toEqual({ kind: 'all' });
    },
  );

  it.each(['employer_contact', 'analyst'] as const)('shows a %s nothing', (role) => {
    expect(scopeOf(offeringPolicy, caller(role, 'af-solna'))).toEqual({ kind: 'none' });
  });

  it('shows provider staff their own provider’s offerings, and none without a provider', () => {
    const providerId = 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2';
    expect(scopeOf(offeringPolicy, { ...caller('provider_staff'), providerId })).toEqual({
      kind: 'provider',
      providerId,
    });
    expect(scopeOf(offeringPolicy, caller('provider_staff'))).toEqual({ kind: 'none' });
    expect(mayWriteOffering({ ...caller('provider_staff'), providerId } as never, offering)).toBe(
      false,
    );
  });

  it('lets an officer write only offerings that include their office', () => {
    expect(mayWriteOffering(caller('officer', 'af-sodertalje'), offering)).toBe(true);
    expect(mayWriteOffering(caller('officer', 'af-solna'), offering)).toBe(false);
    expect(mayWriteOffering(caller('officer'), offering)).toBe(false);
  });

  it('lets a municipal case worker write only their municipality’s offerings', () => {
    expect(mayWriteOffering(caller('municipal_case_worker'), offering)).toBe(true);
    expect(
      mayWriteOffering(caller('municipal_case_worker'), { ...offering, municipalityCode: '0180' }),
    ).toBe(false);
  });

  it('lets an admin write any offering and no one else write', () => {
    expect(mayWriteOffering(caller('admin'), offering)).toBe(true);
    for (const role of ['process_leader', 'employer_contact', 'analyst'] as const) {
      expect(mayWriteOffering(caller(role, 'af-sodertalje'), offering)).toBe(false);
    }
  });

  it('lets provider staff run only their provider’s offerings, and the writers run theirs', () => {
    const providerId = 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2';
    const run = { ...offering, providerId };
    expect(mayRunOffering({ ...caller('provider_staff'), providerId }, run)).toBe(true);
    expect(
      mayRunOffering(
        { ...caller('provider_staff'), providerId: 'c3c3c3c3-c3c3-4c3c-8c3c-c3c3c3c3c3c3' },
        run,
      ),
    ).toBe(false);
    expect(mayRunOffering(caller('provider_staff'), run)).toBe(false);
    expect(mayRunOffering(caller('municipal_case_worker'), run)).toBe(true);
    expect(mayRunOffering(caller('officer', 'af-solna'), run)).toBe(false);
    expect(mayRunOffering(caller('process_leader', 'af-sodertalje'), run)).toBe(false);
  });

  it('lets only admins add intervention types, and admins and officers register providers', () => {
    expect(mayAddInterventionType('admin')).toBe(true);
    expect(mayAddInterventionType('officer')).toBe(false);
    expect(mayRegisterProvider('officer')).toBe(true);
    expect(mayRegisterProvider('municipal_case_worker')).toBe(false);
  });
});
