import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf } from '@jobbnatet/domain-core';
import { reportPolicy, mayCreateReport } from './report-access';

const caller = (role: Role, officeId?: string): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role,
  correlationId: 'c',
  ...(officeId ? { officeId } : {}),
  municipalityCode: '0181',
});
const scope = (role: Role, officeId?: string) => scopeOf(reportPolicy, caller(role, officeId));

describe('report access', () => {
  it('limits an officer to their own office', () => {
    expect(scope('officer', 'af-solna')).toEqual({ kind: 'office', officeId: 'af-solna' });
  });

  it('shows an officer without an office nothing', () => {
    expect(scope('officer')).toEqual({ kind: 'none' });
  });

  it('shows an admin every office', () => {
    expect(scope('admin')).toEqual({ kind: 'all' });
  });

  it.each([
    'municipal_case_worker',
    'employer_contact',
    'analyst',
    'process_leader',
    'provider_staff',
  ] as const)('shows a %s nothing, whatever office or municipality it carries', (role) => {
    expect(scope(role, 'af-solna')).toEqual({ kind: 'none' });
  });

  it('lets an officer create only for their own office', () => {
    expect(mayCreateReport(scope('officer', 'af-solna'), 'af-solna')).toBe(true);
    expect(mayCreateReport(scope('officer', 'af-solna'), 'af-sodertalje')).toBe(false);
  });

  it('lets no one else create', () => {
    expect(mayCreateReport(scope('analyst', 'af-solna'), 'af-solna')).toBe(false);
  });
});
