import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf } from '@jobbnatet/domain-core';
import { mayWriteTrack, trackPolicy } from './track-access';

const employerId = '7c6b5a49-3827-4165-9e4d-3c2b1a0f9e8d';
const caller = (role: Role, extra: Partial<CallerIdentity> = {}): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role,
  correlationId: 'c',
  ...extra,
});
const track = { officeIds: ['af-sodertalje', 'af-nykvarn'], municipalityCodes: ['0181'] };

describe('track access', () => {
  it('gives officers and process leaders their office, case workers their municipality', () => {
    expect(scopeOf(trackPolicy, caller('officer', { officeId: 'af-solna' }))).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
    expect(scopeOf(trackPolicy, caller('process_leader', { officeId: 'af-solna' }))).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
    expect(
      scopeOf(trackPolicy, caller('municipal_case_worker', { municipalityCode: '0181' })),
    ).toEqual({ kind: 'municipality', municipalityCode: '0181' });
  });

  it('gives employer contacts their employer, admins all, and analysts and provider staff none', () => {
    expect(scopeOf(trackPolicy, caller('employer_contact', { employerId }))).toEqual({
      kind: 'employer',
      employerId,
    });
    expect(scopeOf(trackPolicy, caller('admin'))).toEqual({ kind: 'all' });
    expect(scopeOf(trackPolicy, caller('analyst'))).toEqual({ kind: 'none' });
    expect(scopeOf(trackPolicy, caller('provider_staff', { providerId: employerId }))).toEqual({
      kind: 'none',
    });
  });

  it('lets officers of its offices, case workers of its municipalities and admins write', () => {
    expect(mayWriteTrack(caller('officer', { officeId: 'af-nykvarn' }), track)).toBe(true);
    expect(mayWriteTrack(caller('officer', { officeId: 'af-solna' }), track)).toBe(false);
    expect(mayWriteTrack(caller('officer'), track)).toBe(false);
    expect(
      mayWriteTrack(caller('municipal_case_worker', { municipalityCode: '0181' }), track),
    ).toBe(true);
    expect(
      mayWriteTrack(caller('municipal_case_worker', { municipalityCode: '0180' }), track),
    ).toBe(false);
    expect(mayWriteTrack(caller('admin'), track)).toBe(true);
  });

  it('lets process leaders, employer contacts and analysts read at most, never write', () => {
    for (const role of [
      'process_leader',
      'employer_contact',
      'analyst',
      'provider_staff',
    ] as const) {
      expect(
        mayWriteTrack(caller(role, { officeId: 'af-sodertalje', municipalityCode: '0181' }), track),
      ).toBe(false);
    }
  });
});
