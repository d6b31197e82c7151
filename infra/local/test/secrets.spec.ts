import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformEnvironments } from '../src/apps';
import { devSecrets, type DevSecrets } from '../src/secrets';

const infra = { databaseUrl: 'postgres://u:p@127.0.0.1:5/postgres', kafkaBrokers: '127.0.0.1:9' };
const gatewayOnly = ['IDENTITY_SIGNING_KEY', 'IDENTITY_SIGNING_KEY_ID', 'DEV_ISSUER_KEY'];
const piiVariables = ['PII_ENCRYPTION_KEYS', 'PII_BLIND_INDEX_KEYS', 'PII_BLIND_INDEX_KEY'];

describe('development secrets', () => {
  const saved = process.env.JOBBNATET_LOCAL_DIR;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jobbnatet-secrets-'));
    process.env.JOBBNATET_LOCAL_DIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.JOBBNATET_LOCAL_DIR;
    else process.env.JOBBNATET_LOCAL_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  function environments(secrets: DevSecrets, inherited: NodeJS.ProcessEnv = {}) {
    return platformEnvironments(inherited, ['participants', 'employers'], secrets, infra, {
      basePort: 4000,
      databaseSuffix: '',
    });
  }

  it('gives the gateway its signing and dev-issuer keys and nothing of the subgraphs', () => {
    const { gateway } = environments(devSecrets(['participants', 'employers']));
    for (const name of gatewayOnly) expect(gateway[name]).toEqual(expect.any(String));
    for (const name of [...piiVariables, 'IDENTITY_VERIFY_KEYS'])
      expect(gateway[name]).toBeUndefined();
    expect(gateway.SUBGRAPH_EMPLOYERS_URL).toBe('http://127.0.0.1:4002/graphql');
  });

  it('gives each subgraph the verify key set and its own PII keys, never the gateway keys', () => {
    const secrets = devSecrets(['participants', 'employers']);
    const { gateway, subgraphs } = environments(secrets);
    const { participants, employers } = subgraphs;
    for (const env of [participants, employers]) {
      for (const name of gatewayOnly) expect(env[name]).toBeUndefined();
      expect(env.PII_ENCRYPTION_KEYS).toMatch(/^[\w-]+:[A-Za-z0-9+/]{43}=$/);
      expect(env.PII_BLIND_INDEX_KEYS).toMatch(/^[\w-]+:[A-Za-z0-9+/]{43}=$/);
    }
    expect(participants.PII_ENCRYPTION_KEYS).not.toBe(employers.PII_ENCRYPTION_KEYS);
    expect(participants.PII_BLIND_INDEX_KEYS).not.toBe(employers.PII_BLIND_INDEX_KEYS);
    expect(participants.DATABASE_NAME).toBe('participants');

    // The verify key set holds the public half of the gateway's key, under the gateway's kid.
    const jwks = JSON.parse(participants.IDENTITY_VERIFY_KEYS!) as {
      keys: Record<string, string>[];
    };
    expect(jwks.keys).toEqual([
      { kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: gateway.IDENTITY_SIGNING_KEY_ID },
    ]);
    const signature = sign(
      null,
      Buffer.from('who'),
      createPrivateKey(gateway.IDENTITY_SIGNING_KEY!),
    );
    const publicKey = createPublicKey({ key: jwks.keys[0]!, format: 'jwk' });
    expect(verify(null, Buffer.from('who'), publicKey, signature)).toBe(true);
  });

  it('passes no secret from the launcher environment on, and runs apps in development on 127.0.0.1', () => {
    const inherited = {
      PATH: '/bin',
      IDENTITY_SIGNING_KEY: 'leak',
      PII_ENCRYPTION_KEYS: 'leak',
      HOST: '0.0.0.0',
    };
    const { gateway, subgraphs } = environments(
      devSecrets(['participants', 'employers']),
      inherited,
    );
    for (const env of [gateway, subgraphs.participants, subgraphs.employers]) {
      expect(Object.values(env)).not.toContain('leak');
      expect(env.PATH).toBe('/bin');
      expect(env.JOBBNATET_MODE).toBe('development');
      expect(env.HOST).toBe('127.0.0.1');
    }
  });

  it('keeps the secrets across runs and adds keys for a new service without changing the others', () => {
    const first = devSecrets(['participants']);
    const second = devSecrets(['participants', 'employers']);
    expect(second.identitySigningKey).toBe(first.identitySigningKey);
    expect(second.pii.participants).toEqual(first.pii.participants);
    expect(devSecrets(['participants', 'employers'])).toEqual(second);
  });

  it('upgrades the old shared secrets file, keeping the keys existing data needs', () => {
    const old = {
      IDENTITY_SIGNING_KEY: devSecrets([]).identitySigningKey,
      IDENTITY_SIGNING_KEY_ID: 'dev-1',
      DEV_ISSUER_KEY: devSecrets([]).devIssuerKey,
      PII_ENCRYPTION_KEYS: `dev1:${Buffer.alloc(32, 1).toString('base64')}`,
      PII_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
    };
    writeFileSync(join(dir, 'secrets.json'), JSON.stringify(old));

    const upgraded = devSecrets(['participants']);
    expect(upgraded.identitySigningKey).toBe(old.IDENTITY_SIGNING_KEY);
    expect(upgraded.identitySigningKeyId).toBe('dev-1');
    expect(upgraded.pii.participants).toEqual({
      encryptionKeys: old.PII_ENCRYPTION_KEYS,
      blindIndexKeys: `dev1:${old.PII_BLIND_INDEX_KEY}`,
    });
    // Stored in the new shape: a second start reads the same secrets.
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toEqual(upgraded);
    expect(devSecrets(['participants'])).toEqual(upgraded);
  });
});
