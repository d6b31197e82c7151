import { reachCondition } from './reach-rule';

describe('the participant reach rule', () => {
  it('gives an officer the participants of their office', () => {
    const params: unknown[] = ['p-id'];
    expect(reachCondition({ role: 'officer', officeId: 'af-solna' }, 'r', params)).toBe(
      '(r.office_id = $2)',
    );
    expect(params).toEqual(['p-id', 'af-solna']);
  });

  it('gives a case worker their municipality’s residents and those whose valid consent names it', () => {
    const params: unknown[] = [];
    const condition = reachCondition(
      { role: 'municipal_case_worker', municipalityCode: '0181' },
      'r',
      params,
    );
    expect(condition).toContain('r.home_municipality_code = $1 OR EXISTS');
    expect(condition).toContain('prc.municipality_code = $1 AND NOT prc.withdrawn');
    expect(params).toEqual(['0181']);
  });

  it('gives an admin every participant', () => {
    expect(reachCondition({ role: 'admin' }, 'r', [])).toBe('TRUE');
  });

  it.each(['employer_contact', 'analyst', 'process_leader', 'provider_staff'] as const)(
    'gives %s no participant at all',
    (role) => {
      expect(reachCondition({ role }, 'r', [])).toBe('FALSE');
    },
  );

  it('gives an officer without an office, or a case worker without a municipality, none', () => {
    expect(reachCondition({ role: 'officer' }, 'r', [])).toBe('FALSE');
    expect(reachCondition({ role: 'municipal_case_worker' }, 'r', [])).toBe('FALSE');
  });
});
