import { scopeCondition } from './scope-condition';

const columns = { office: 'office_id', municipality: 'home_municipality_code' };

describe('scope condition', () => {
  it('filters by the scope’s own value, passed as a parameter', () => {
    const params: unknown[] = ['earlier'];
    expect(scopeCondition({ kind: 'office', officeId: 'af-solna' }, columns, params)).toBe(
      'office_id = $2',
    );
    expect(params).toEqual(['earlier', 'af-solna']);
  });

  it('matches nothing for none and everything for all', () => {
    expect(scopeCondition({ kind: 'none' }, columns, [])).toBe('FALSE');
    expect(scopeCondition({ kind: 'all' }, columns, [])).toBe('TRUE');
  });

  it('lets a table express membership as a condition of the parameter', () => {
    const params: unknown[] = [];
    const byTrack = { municipality: (p: string) => `${p} = ANY(track_municipalities)` };
    expect(
      scopeCondition({ kind: 'municipality', municipalityCode: '0181' }, byTrack, params),
    ).toBe('($1 = ANY(track_municipalities))');
    expect(params).toEqual(['0181']);
  });

  it('refuses a scope the table has no column for rather than widening it', () => {
    expect(() => scopeCondition({ kind: 'employer', employerId: 'e' }, columns, [])).toThrow(
      /no employer column/,
    );
  });

  it('adds the consent hook when the scope requires consent, and refuses without one', () => {
    const params: unknown[] = [];
    const withConsent = {
      ...columns,
      consent: (purpose: string) => `consents @> ARRAY[${purpose}]`,
    };
    expect(
      scopeCondition(
        { kind: 'municipality', municipalityCode: '0181', consent: 'matching' },
        withConsent,
        params,
      ),
    ).toBe('(home_municipality_code = $1 AND consents @> ARRAY[$2])');
    expect(params).toEqual(['0181', 'matching']);
    expect(() => scopeCondition({ kind: 'all', consent: 'matching' }, columns, [])).toThrow(
      /consent/,
    );
  });
});
