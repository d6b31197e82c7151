import { inScope, scopeOf, type ScopePolicy } from './scope';

type Role =
  | 'officer'
  | 'case_worker'
  | 'employer'
  | 'provider'
  | 'admin'
  | 'analyst'
  | 'matcher'
  | 'leader';
const policy: ScopePolicy<Role> = {
  officer: 'office',
  case_worker: 'municipality',
  employer: 'employer',
  provider: 'provider',
  admin: 'all',
  analyst: 'none',
  matcher: { kind: 'municipality', consent: 'matching' },
  leader: 'coach',
};
const employerId = '5f0c2a8e-3b1d-4c6a-9e7f-1a2b3c4d5e6f';
const providerId = 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2';

describe('scopes', () => {
  it('fills each granted kind from the caller’s own office, municipality, employer or provider', () => {
    expect(scopeOf(policy, { role: 'officer', officeId: 'af-solna' })).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
    expect(scopeOf(policy, { role: 'case_worker', municipalityCode: '0181' })).toEqual({
      kind: 'municipality',
      municipalityCode: '0181',
    });
    expect(scopeOf(policy, { role: 'employer', employerId })).toEqual({
      kind: 'employer',
      employerId,
    });
    expect(scopeOf(policy, { role: 'provider', providerId })).toEqual({
      kind: 'provider',
      providerId,
    });
    expect(scopeOf(policy, { role: 'admin' })).toEqual({ kind: 'all' });
  });

  it('gives none to a role without a grant and to a caller lacking the attribute its grant needs', () => {
    expect(scopeOf(policy, { role: 'analyst', officeId: 'af-solna' })).toEqual({ kind: 'none' });
    expect(scopeOf(policy, { role: 'officer', municipalityCode: '0181' })).toEqual({
      kind: 'none',
    });
    expect(scopeOf(policy, { role: 'case_worker', officeId: 'af-solna' })).toEqual({
      kind: 'none',
    });
    expect(scopeOf(policy, { role: 'employer' })).toEqual({ kind: 'none' });
    expect(scopeOf(policy, { role: 'provider', employerId })).toEqual({ kind: 'none' });
    expect(scopeOf(policy, { role: 'employer', providerId })).toEqual({ kind: 'none' });
  });

  it('keeps a record outside every scope but its own', () => {
    const record = { officeId: 'af-solna', municipalityCode: '0184', employerId, providerId };
    expect(inScope({ kind: 'office', officeId: 'af-solna' }, record)).toBe(true);
    expect(inScope({ kind: 'office', officeId: 'af-sodertalje' }, record)).toBe(false);
    expect(inScope({ kind: 'municipality', municipalityCode: '0184' }, record)).toBe(true);
    expect(inScope({ kind: 'municipality', municipalityCode: '0181' }, record)).toBe(false);
    expect(inScope({ kind: 'employer', employerId }, record)).toBe(true);
    expect(inScope({ kind: 'employer', employerId: 'other' }, record)).toBe(false);
    expect(inScope({ kind: 'provider', providerId }, record)).toBe(true);
    expect(inScope({ kind: 'provider', providerId: 'other' }, record)).toBe(false);
    expect(inScope({ kind: 'provider', providerId }, { employerId })).toBe(false);
    expect(inScope({ kind: 'all' }, record)).toBe(true);
    expect(inScope({ kind: 'none' }, record)).toBe(false);
  });

  it('asks the consent hook when the grant requires consent, and refuses when none is known', () => {
    const scope = scopeOf(policy, { role: 'matcher', municipalityCode: '0181' });
    expect(scope).toEqual({ kind: 'municipality', municipalityCode: '0181', consent: 'matching' });
    const resident = { municipalityCode: '0181' };
    expect(inScope(scope, resident)).toBe(false);
    expect(inScope(scope, { ...resident, consentsTo: (p: string) => p === 'matching' })).toBe(true);
    expect(inScope(scope, { ...resident, consentsTo: () => false })).toBe(false);
  });

  it('gives a coach the offices they coach, through the user id, plus their own office', () => {
    const coachId = 'c0c0c0c0-c0c0-4c0c-8c0c-c0c0c0c0c0c0';
    expect(scopeOf(policy, { role: 'leader', userId: coachId })).toEqual({
      kind: 'coach',
      coachId,
    });
    const withOffice = scopeOf(policy, { role: 'leader', userId: coachId, officeId: 'af-solna' });
    expect(withOffice).toEqual({ kind: 'coach', coachId, officeId: 'af-solna' });
    expect(scopeOf(policy, { role: 'leader', officeId: 'af-solna' })).toEqual({ kind: 'none' });
    expect(inScope(withOffice, { officeId: 'af-kista', coachIds: [coachId] })).toBe(true);
    expect(inScope(withOffice, { officeId: 'af-solna' })).toBe(true);
    expect(inScope(withOffice, { officeId: 'af-kista', coachIds: ['someone-else'] })).toBe(false);
    expect(inScope({ kind: 'coach', coachId }, { officeId: 'af-solna' })).toBe(false);
  });

  it('refuses, at compile time, a policy that forgets a role', () => {
    // @ts-expect-error matcher has no grant: typecheck fails if this ever compiles.
    const partial: ScopePolicy<Role> = {
      officer: 'office',
      case_worker: 'municipality',
      employer: 'employer',
      provider: 'provider',
      admin: 'all',
      analyst: 'none',
      leader: 'coach',
    };
    expect(Object.keys(partial)).toHaveLength(7);
  });
});
