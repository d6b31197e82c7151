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
    expect(() => scopeCondition({ kind: 'provider', providerId: 'p' }, columns, [])).toThrow(
      /no provider column for a provider scope/,
    );
  });

  it('filters a coach scope by the coached offices, and adds the coach’s own office', () => {
    const coachId = 'c0c0c0c0-c0c0-4c0c-8c0c-c0c0c0c0c0c0';
    const coached = {
      ...columns,
      coach: (p: string) => `office_id IN (SELECT o FROM coached(${p}))`,
    };
    const params: unknown[] = [];
    expect(scopeCondition({ kind: 'coach', coachId }, coached, params)).toBe(
      '(office_id IN (SELECT o FROM coached($1)))',
    );
    expect(params).toEqual([coachId]);
    const own: unknown[] = [];
    expect(scopeCondition({ kind: 'coach', coachId, officeId: 'af-solna' }, coached, own)).toBe(
      '((office_id IN (SELECT o FROM coached($1))) OR office_id = $2)',
    );
    expect(own).toEqual([coachId, 'af-solna']);
    expect(() => scopeCondition({ kind: 'coach', coachId }, columns, [])).toThrow(
      /no coach column for a coach scope/,
    );
  });

  it('filters a provider scope by the table’s provider column', () => {
    const params: unknown[] = [];
    const byProvider = { ...columns, provider: 'provider_id' };
    expect(
      scopeCondition(
        { kind: 'provider', providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2' },
        byProvider,
        params,
      ),
    ).toBe('provider_id = $1');
    expect(params).toEqual(['b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2']);
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
