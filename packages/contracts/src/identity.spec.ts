import { generateKeyPairSync } from 'node:crypto';
import { type CallerIdentity, signIdentity, verifyIdentity } from './identity';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const identity: CallerIdentity = {
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role: 'officer',
  officeId: 'af-sodertalje',
  correlationId: 'c-1',
};
const query = '{ participants { totalCount } }';

describe('forwarded identity', () => {
  it('round-trips the caller for the subgraph and operation it was signed for', async () => {
    const token = await signIdentity(identity, {
      key: privateKey,
      audience: 'participants',
      query,
    });
    await expect(
      verifyIdentity(token, { key: publicKey, audience: 'participants', query }),
    ).resolves.toEqual(identity);
  });

  it('is refused by another subgraph', async () => {
    const token = await signIdentity(identity, { key: privateKey, audience: 'employers', query });
    await expect(
      verifyIdentity(token, { key: publicKey, audience: 'participants', query }),
    ).rejects.toThrow(/aud/);
  });

  it('is refused when replayed with another operation', async () => {
    const token = await signIdentity(identity, {
      key: privateKey,
      audience: 'participants',
      query,
    });
    await expect(
      verifyIdentity(token, {
        key: publicKey,
        audience: 'participants',
        query: '{ _service { sdl } }',
      }),
    ).rejects.toThrow(/another operation/);
  });

  it('is refused when signed by any other key', async () => {
    const forger = generateKeyPairSync('ed25519').privateKey;
    const token = await signIdentity(identity, { key: forger, audience: 'participants', query });
    await expect(
      verifyIdentity(token, { key: publicKey, audience: 'participants', query }),
    ).rejects.toThrow();
  });

  it('is refused once its minute has passed', async () => {
    jest.useFakeTimers({ now: Date.now() - 120_000, doNotFake: ['nextTick', 'setImmediate'] });
    const token = await signIdentity(identity, {
      key: privateKey,
      audience: 'participants',
      query,
    });
    jest.useRealTimers();
    await expect(
      verifyIdentity(token, { key: publicKey, audience: 'participants', query }),
    ).rejects.toThrow(/exp/);
  });
});
