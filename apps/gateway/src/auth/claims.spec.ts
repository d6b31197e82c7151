import { ClaimsRejectedError, toCallerIdentity } from './claims';

const officer = {
  sub: '11111111-1111-4111-8111-111111111111',
  role: 'officer',
  office_id: 'af-sodertalje',
  name: 'Anna Lindqvist',
};

describe('access-token claims to caller identity', () => {
  it('maps an officer to an identity scoped to their office', () => {
    expect(toCallerIdentity(officer, 'req-1')).toEqual({
      userId: officer.sub,
      role: 'officer',
      officeId: 'af-sodertalje',
      correlationId: 'req-1',
    });
  });

  it('gives each request its own correlation id when one token is used again', () => {
    const remembered = Object.freeze({ ...officer });

    const first = toCallerIdentity(remembered, 'req-a');
    const second = toCallerIdentity(remembered, 'req-b');

    expect(first).toEqual({ ...second, correlationId: 'req-a' });
    expect(second.correlationId).toBe('req-b');
  });

  it('refuses unusable claims every time they come, not only the first', () => {
    const withoutOffice = Object.freeze({ sub: officer.sub, role: 'officer' });

    expect(() => toCallerIdentity(withoutOffice, 'r1')).toThrow(ClaimsRejectedError);
    expect(() => toCallerIdentity(withoutOffice, 'r2')).toThrow(ClaimsRejectedError);
  });

  it('maps an employer contact to an identity scoped to their employer', () => {
    const employerId = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1';

    const identity = toCallerIdentity(
      { sub: officer.sub, role: 'employer_contact', employer_id: employerId },
      'r',
    );

    expect(identity).toMatchObject({ role: 'employer_contact', employerId });
  });

  it('maps provider staff to an identity scoped to their provider', () => {
    const providerId = 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2';

    const identity = toCallerIdentity(
      { sub: officer.sub, role: 'provider_staff', provider_id: providerId },
      'r',
    );

    expect(identity).toEqual({
      userId: officer.sub,
      role: 'provider_staff',
      providerId,
      correlationId: 'r',
    });
  });

  it('refuses provider staff without a provider, or with a provider id that is not a uuid', () => {
    expect(() => toCallerIdentity({ sub: officer.sub, role: 'provider_staff' }, 'r')).toThrow(
      /provider_id/,
    );
    expect(() =>
      toCallerIdentity({ sub: officer.sub, role: 'provider_staff', provider_id: 'komvux' }, 'r'),
    ).toThrow(ClaimsRejectedError);
  });

  it('does not take an employer id for a provider id', () => {
    const employerId = 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1';

    expect(() =>
      toCallerIdentity({ sub: officer.sub, role: 'provider_staff', employer_id: employerId }, 'r'),
    ).toThrow(/provider_id/);
  });

  it('does not forward the name: subgraphs get ids and scopes only', () => {
    expect(toCallerIdentity(officer, 'r')).not.toHaveProperty('name');
  });

  it('refuses a role the platform does not know', () => {
    expect(() => toCallerIdentity({ ...officer, role: 'root' }, 'r')).toThrow(ClaimsRejectedError);
  });

  it('refuses a subject that is not a uuid', () => {
    expect(() => toCallerIdentity({ ...officer, sub: 'anna' }, 'r')).toThrow(ClaimsRejectedError);
  });

  it('refuses an officer without an office', () => {
    expect(() => toCallerIdentity({ sub: officer.sub, role: 'officer' }, 'r')).toThrow(/office_id/);
  });

  it('refuses a municipal case worker without a municipality', () => {
    expect(() =>
      toCallerIdentity({ sub: officer.sub, role: 'municipal_case_worker' }, 'r'),
    ).toThrow(/municipality_code/);
  });

  it('refuses a municipality code that is not four digits', () => {
    const claims = { sub: officer.sub, role: 'municipal_case_worker', municipality_code: '181' };

    expect(() => toCallerIdentity(claims, 'r')).toThrow(ClaimsRejectedError);
  });

  it('lets an analyst through without any scope', () => {
    expect(toCallerIdentity({ sub: officer.sub, role: 'analyst' }, 'r').role).toBe('analyst');
  });
});
