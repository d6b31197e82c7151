import type { CallerIdentity } from '@jobbnatet/contracts';
import { {{entityCamel}}Scope, inScope, mayCreate{{entityPascal}} } from './{{entityKebab}}-access';

const caller = (overrides: Partial<CallerIdentity>): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role: 'officer',
  correlationId: 'c',
  ...overrides,
});

describe('{{entityWords}} access', () => {
  it('limits an officer to their own office', () => {
    const scope = {{entityCamel}}Scope(caller({ role: 'officer', officeId: 'af-solna' }));
    expect(inScope(scope, 'af-solna')).toBe(true);
    expect(inScope(scope, 'af-sodertalje')).toBe(false);
  });

  it('shows an officer without an office nothing', () => {
    expect({{entityCamel}}Scope(caller({ role: 'officer' }))).toEqual({ kind: 'none' });
  });

  it('shows an admin every office', () => {
    expect(inScope({{entityCamel}}Scope(caller({ role: 'admin' })), 'af-solna')).toBe(true);
  });

  it.each(['municipal_case_worker', 'employer_contact', 'analyst', 'process_leader'] as const)(
    'shows a %s nothing, whatever office or municipality it carries',
    (role) => {
      const scope = {{entityCamel}}Scope(caller({ role, officeId: 'af-solna', municipalityCode: '0181' }));
      expect(inScope(scope, 'af-solna')).toBe(false);
    },
  );

  it('lets an officer create only for their own office', () => {
    const officer = caller({ role: 'officer', officeId: 'af-solna' });
    expect(mayCreate{{entityPascal}}(officer, 'af-solna')).toBe(true);
    expect(mayCreate{{entityPascal}}(officer, 'af-sodertalje')).toBe(false);
  });

  it('lets no one else create', () => {
    expect(mayCreate{{entityPascal}}(caller({ role: 'analyst', officeId: 'af-solna' }), 'af-solna')).toBe(
      false,
    );
  });
});
