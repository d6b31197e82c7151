import type { JWTPayload } from 'jose';
import { cachingTokenVerifier, type TokenVerifier } from './token-verifier';

/** An issuer's verifier that accepts the tokens it is given, counting its checks. */
function issuer(accepted: Record<string, JWTPayload>) {
  const checked: string[] = [];
  const verifier: TokenVerifier = {
    verify(token) {
      checked.push(token);
      const payload = accepted[token];
      return payload ? Promise.resolve(payload) : Promise.reject(new Error('signature'));
    },
  };
  return { verifier, checked };
}

const at = (seconds: number) => seconds * 1000;

describe('a verifier that remembers verified tokens', () => {
  const claims = { sub: 'officer-1', exp: 1_000 };

  it('checks a token once and answers its claims again until it expires', async () => {
    const { verifier, checked } = issuer({ 'token-a': claims });
    let now = at(900);
    const caching = cachingTokenVerifier(verifier, { maxTokens: 10, now: () => now });

    await expect(caching.verify('token-a')).resolves.toEqual(claims);
    now = at(999);
    await expect(caching.verify('token-a')).resolves.toEqual(claims);

    expect(checked).toEqual(['token-a']);
  });

  it('asks the issuer again once the token has expired, and passes on its refusal', async () => {
    const accepted: Record<string, JWTPayload> = { 'token-a': claims };
    const { verifier, checked } = issuer(accepted);
    let now = at(900);
    const caching = cachingTokenVerifier(verifier, { maxTokens: 10, now: () => now });
    await caching.verify('token-a');

    now = at(1_000);
    delete accepted['token-a'];
    await expect(caching.verify('token-a')).rejects.toThrow('signature');
    expect(checked).toEqual(['token-a', 'token-a']);
  });

  it('never remembers a refusal, nor lets a look-alike token through', async () => {
    const { verifier, checked } = issuer({ 'token-a': claims });
    const caching = cachingTokenVerifier(verifier, { maxTokens: 10, now: () => at(900) });
    await caching.verify('token-a');

    await expect(caching.verify('token-a-tampered')).rejects.toThrow('signature');
    await expect(caching.verify('token-a-tampered')).rejects.toThrow('signature');
    expect(checked).toEqual(['token-a', 'token-a-tampered', 'token-a-tampered']);
  });

  it('does not remember a token without an expiry', async () => {
    const { verifier, checked } = issuer({ 'token-a': { sub: 'officer-1' } });
    const caching = cachingTokenVerifier(verifier, { maxTokens: 10, now: () => at(900) });

    await caching.verify('token-a');
    await caching.verify('token-a');
    expect(checked).toEqual(['token-a', 'token-a']);
  });

  it('keeps at most maxTokens, forgetting the least recently used', async () => {
    const { verifier, checked } = issuer({ a: claims, b: claims, c: claims });
    const caching = cachingTokenVerifier(verifier, { maxTokens: 2, now: () => at(900) });

    for (const token of ['a', 'b', 'a', 'c', 'a', 'b']) await caching.verify(token);
    expect(checked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('answers claims that a caller cannot change for the next request', async () => {
    const { verifier } = issuer({ 'token-a': { ...claims } });
    const caching = cachingTokenVerifier(verifier, { maxTokens: 10, now: () => at(900) });
    await caching.verify('token-a');

    const remembered = await caching.verify('token-a');
    expect(Object.isFrozen(remembered)).toBe(true);
  });
});
