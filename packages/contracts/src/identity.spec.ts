import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  type BoundOperation,
  type CallerIdentity,
  identityVerifyKeys,
  identityVerifyKeySet,
  signIdentity,
  verifyIdentity,
} from './identity';

const current = { ...generateKeyPairSync('ed25519'), keyId: 'gw-2026-11' };
const next = { ...generateKeyPairSync('ed25519'), keyId: 'gw-2026-12' };
const identity: CallerIdentity = {
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role: 'officer',
  officeId: 'af-sodertalje',
  correlationId: 'c-1',
};
const operation: BoundOperation = {
  query: 'query P($id: ID!) { participant(id: $id) { id } }',
  operationName: 'P',
  variables: { id: 'a1', filter: { office: 'x', first: 2 } },
};
const keys = identityVerifyKeys(
  identityVerifyKeySet([{ key: current.publicKey, keyId: current.keyId }]),
);
const sign = (overrides: Partial<Parameters<typeof signIdentity>[1]> = {}) =>
  signIdentity(identity, {
    key: current.privateKey,
    keyId: current.keyId,
    audience: 'participants',
    operation,
    ...overrides,
  });
const verify = (token: string, other: Partial<BoundOperation> = {}) =>
  verifyIdentity(token, {
    keys,
    audience: 'participants',
    operation: { ...operation, ...other },
  });

describe('forwarded identity', () => {
  it('round-trips the caller for the subgraph and operation it was signed for, with a unique id', async () => {
    const [first, second] = await Promise.all([sign(), sign()]);

    const verified = await verify(first);

    expect(verified.identity).toEqual(identity);
    expect(verified.tokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await verify(second)).tokenId).not.toBe(verified.tokenId);
  });

  it('round-trips provider staff with their provider, and refuses a provider id that is not a UUID', async () => {
    const staff: CallerIdentity = {
      userId: '7c4d2e91-0b3a-4f6e-8d1c-2a5b9e0f3c47',
      role: 'provider_staff',
      providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
      correlationId: 'c-2',
    };
    const signed = await signIdentity(staff, {
      key: current.privateKey,
      keyId: current.keyId,
      audience: 'participants',
      operation,
    });
    expect((await verify(signed)).identity).toEqual(staff);

    const malformed = await signIdentity(
      { ...staff, providerId: 'not-a-uuid' },
      { key: current.privateKey, keyId: current.keyId, audience: 'participants', operation },
    );
    await expect(verify(malformed)).rejects.toThrow(/incomplete/);
  });

  it('is a standard compact JWS: EdDSA with the key id, issuer, audience, id, a minute of life', async () => {
    const token = await sign();

    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', kid: current.keyId });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ ...identity, iss: 'jobbnatet-gateway', aud: 'participants' });
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(5);
  });

  it('refuses to sign with a key that is not Ed25519', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

    await expect(sign({ key: rsa.privateKey })).rejects.toThrow(/Ed25519/);
  });

  it('does not depend on the order of keys in the variables', async () => {
    const token = await sign();

    await expect(
      verify(token, { variables: { filter: { first: 2, office: 'x' }, id: 'a1' } }),
    ).resolves.toMatchObject({ identity });
  });

  it('treats missing variables and an empty object alike', async () => {
    const token = await sign({ operation: { query: '{ a }' } });

    await expect(
      verify(token, { query: '{ a }', operationName: null, variables: {} }),
    ).resolves.toMatchObject({ identity });
  });

  it('is refused by another subgraph', async () => {
    await expect(verify(await sign({ audience: 'employers' }))).rejects.toThrow(/aud/);
  });

  it('is refused with another operation text', async () => {
    await expect(verify(await sign(), { query: '{ _service { sdl } }' })).rejects.toThrow(
      /another operation/,
    );
  });

  it('is refused with other variables', async () => {
    await expect(verify(await sign(), { variables: { id: 'a2' } })).rejects.toThrow(
      /another operation/,
    );
  });

  it('is refused with another operation name', async () => {
    await expect(verify(await sign(), { operationName: 'Q' })).rejects.toThrow(/another operation/);
  });

  it('is refused when signed by a key that is not in the set', async () => {
    const forged = await sign({ key: next.privateKey, keyId: next.keyId });
    await expect(verify(forged)).rejects.toThrow();
  });

  it('is refused when signed by another key under a known key id', async () => {
    const forged = await sign({ key: next.privateKey });
    await expect(verify(forged)).rejects.toThrow(/signature/);
  });

  it('verifies tokens of either key while a set holds both (rotation)', async () => {
    const both = identityVerifyKeys(
      identityVerifyKeySet([
        { key: current.publicKey, keyId: current.keyId },
        { key: next.publicKey, keyId: next.keyId },
      ]),
    );
    for (const signer of [current, next]) {
      const token = await sign({ key: signer.privateKey, keyId: signer.keyId });
      await expect(
        verifyIdentity(token, { keys: both, audience: 'participants', operation }),
      ).resolves.toMatchObject({ identity });
    }
  });

  it('is refused once its minute has passed', async () => {
    jest.useFakeTimers({ now: Date.now() - 120_000, doNotFake: ['nextTick', 'setImmediate'] });
    const token = await sign();
    jest.useRealTimers();
    await expect(verify(token)).rejects.toThrow(/exp/);
  });
});

describe('verify key set', () => {
  it('refuses a key set that holds a private key, without quoting it', () => {
    const privateJwk = { ...current.privateKey.export({ format: 'jwk' }), kid: 'k1' };
    let message = '';
    try {
      identityVerifyKeys(JSON.stringify({ keys: [privateJwk] }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/nothing private/);
    expect(message).not.toContain(String(privateJwk.d));
  });

  it('refuses keys without an id and duplicate ids', () => {
    const jwk = current.publicKey.export({ format: 'jwk' });
    expect(() => identityVerifyKeys(JSON.stringify({ keys: [jwk] }))).toThrow(/kid/);
    expect(() =>
      identityVerifyKeys(
        JSON.stringify({
          keys: [
            { ...jwk, kid: 'a' },
            { ...jwk, kid: 'a' },
          ],
        }),
      ),
    ).toThrow(/own kid/);
  });

  it('refuses text that is not JSON', () => {
    expect(() => identityVerifyKeys('-----BEGIN PUBLIC KEY-----')).toThrow(/JSON Web Key Set/);
  });
});
