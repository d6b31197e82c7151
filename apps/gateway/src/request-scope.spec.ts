import { correlationIdFrom } from './request-scope';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('correlation id of a request', () => {
  it('keeps a sane incoming correlation id', () => {
    expect(correlationIdFrom('partner-api:7f3a9c01')).toBe('partner-api:7f3a9c01');
  });

  it('makes a fresh uuid when none comes in', () => {
    expect(correlationIdFrom(undefined)).toMatch(uuid);
  });

  it.each([
    ['a header-injection attempt', 'abc\r\nset-cookie: x=1'],
    ['log-forging text', '"}{"level":"error'],
    ['an overlong value', 'x'.repeat(200)],
    ['a too-short value', 'abc'],
  ])('replaces %s with a fresh uuid', (_case, incoming) => {
    expect(correlationIdFrom(incoming)).toMatch(uuid);
  });
});
