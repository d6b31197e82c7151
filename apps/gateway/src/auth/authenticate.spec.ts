import { bearerToken } from './authenticate';

describe('bearer token from the Authorization header', () => {
  it('reads the token of a Bearer header', () => {
    expect(bearerToken('Bearer eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.c2ln')).toBe(
      'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.c2ln',
    );
  });

  it('accepts the scheme in any case', () => {
    expect(bearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic YWRtaW46YWRtaW4='],
    ['an empty bearer', 'Bearer '],
    ['a token with spaces', 'Bearer abc def'],
  ])('finds no token in %s', (_case, header) => {
    expect(bearerToken(header)).toBeUndefined();
  });
});
