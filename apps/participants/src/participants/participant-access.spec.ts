import type { CallerIdentity } from '@jobbnatet/contracts';
import { mayRegister, maySeeIdentityNumber, participantScope } from './participant-access';

const caller = (overrides: Partial<CallerIdentity>): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role: 'officer',
  correlationId: 'c',
  ...overrides,
});

describe('participant access', () => {
  it('limits an officer to their own office', () => {
    expect(participantScope(caller({ role: 'officer', officeId: 'af-solna' }))).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
  });

  it('limits a municipal case worker to their municipality', () => {
    expect(
      participantScope(caller({ role: 'municipal_case_worker', municipalityCode: '0181' })),
    ).toEqual({
      kind: 'municipality',
      municipalityCode: '0181',
    });
  });

  it.each(['employer_contact', 'analyst', 'process_leader'] as const)(
    'shows a %s no participant',
    (role) => {
      expect(
        participantScope(caller({ role, officeId: 'af-solna', municipalityCode: '0181' })),
      ).toEqual({
        kind: 'none',
      });
    },
  );

  it('shows an officer without an office nothing', () => {
    expect(participantScope(caller({ role: 'officer' }))).toEqual({ kind: 'none' });
  });

  it('lets an officer register only at their own office', () => {
    const officer = caller({ role: 'officer', officeId: 'af-solna' });
    expect(mayRegister(officer, 'af-solna', '0184')).toBe(true);
    expect(mayRegister(officer, 'af-sodertalje', '0184')).toBe(false);
  });

  it('lets a case worker register only residents of their municipality', () => {
    const worker = caller({ role: 'municipal_case_worker', municipalityCode: '0181' });
    expect(mayRegister(worker, 'af-sodertalje', '0181')).toBe(true);
    expect(mayRegister(worker, 'af-sodertalje', '0180')).toBe(false);
  });

  it('hides the identity number from everyone but officers and admins', () => {
    expect(maySeeIdentityNumber(caller({ role: 'officer' }))).toBe(true);
    expect(maySeeIdentityNumber(caller({ role: 'admin' }))).toBe(true);
    expect(maySeeIdentityNumber(caller({ role: 'municipal_case_worker' }))).toBe(false);
    expect(maySeeIdentityNumber(caller({ role: 'analyst' }))).toBe(false);
  });
});
