import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDir } from './paths';

/** One service's keys for personal data at rest: `id:base64[,id:base64…]`, the first active. */
export interface PiiKeys {
  /** AES-256-GCM keys. */
  encryptionKeys: string;
  /** HMAC keys of the blind index used for exact look-ups of encrypted values. */
  blindIndexKeys: string;
}

/**
 * Development secrets, made once per checkout and kept in `.local/secrets.json` (git-ignored) so
 * that tokens and encrypted rows survive restarts. Production takes the same variables from a vault.
 */
export interface DevSecrets {
  /** The gateway signs forwarded identities with this Ed25519 key (PKCS#8 PEM)... */
  identitySigningKey: string;
  /** ...and names it with this `kid`, which subgraphs look up in their verify key set. */
  identitySigningKeyId: string;
  /** The gateway's built-in development OIDC issuer signs login tokens with this key. */
  devIssuerKey: string;
  /** Per service: never shared, so one service's keys open no other service's data. */
  pii: Record<string, PiiKeys>;
}

/** What `.local/secrets.json` held before secrets were split per app (the key id came later). */
interface SharedSecretsV1 {
  IDENTITY_SIGNING_KEY: string;
  IDENTITY_SIGNING_KEY_ID?: string;
  DEV_ISSUER_KEY: string;
  PII_ENCRYPTION_KEYS: string;
  PII_BLIND_INDEX_KEY: string;
}

/** The only service that existed when secrets were shared; it keeps them, so its rows still open. */
const firstService = 'participants';

const key32 = () => randomBytes(32).toString('base64');
const keyId = () => `dev-${randomBytes(4).toString('hex')}`;

function ed25519PrivateKey(): string {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

function newPiiKeys(): PiiKeys {
  return { encryptionKeys: `${keyId()}:${key32()}`, blindIndexKeys: `${keyId()}:${key32()}` };
}

function upgradeV1(old: SharedSecretsV1): DevSecrets {
  return {
    identitySigningKey: old.IDENTITY_SIGNING_KEY,
    // Kept: identities signed under it stay verifiable.
    identitySigningKeyId: old.IDENTITY_SIGNING_KEY_ID ?? keyId(),
    devIssuerKey: old.DEV_ISSUER_KEY,
    pii: {
      [firstService]: {
        encryptionKeys: old.PII_ENCRYPTION_KEYS,
        blindIndexKeys: `dev1:${old.PII_BLIND_INDEX_KEY}`,
      },
    },
  };
}

/**
 * The checkout's development secrets, with PII keys for each of `services`: made on first use,
 * upgraded from the old shared shape, and extended when a service is added.
 */
export function devSecrets(services: readonly string[]): DevSecrets {
  const file = join(localDir(), 'secrets.json');
  const stored: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const secrets: DevSecrets =
    stored === undefined
      ? {
          identitySigningKey: ed25519PrivateKey(),
          identitySigningKeyId: keyId(),
          devIssuerKey: ed25519PrivateKey(),
          pii: {},
        }
      : 'IDENTITY_SIGNING_KEY' in (stored as object)
        ? upgradeV1(stored as SharedSecretsV1)
        : (stored as DevSecrets);
  const missing = services.filter((service) => !secrets.pii[service]);
  for (const service of missing) secrets.pii[service] = newPiiKeys();
  if (secrets !== stored || missing.length > 0) {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

/** The public half of the identity signing key as a JSON Web Key Set, as subgraphs receive it. */
export function identityVerifyKeys(secrets: DevSecrets): string {
  const jwk = createPublicKey(secrets.identitySigningKey).export({ format: 'jwk' });
  return JSON.stringify({
    keys: [{ kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid: secrets.identitySigningKeyId }],
  });
}

/** The gateway's secrets, as environment variables. */
export function gatewaySecretEnv(secrets: DevSecrets): Record<string, string> {
  return {
    IDENTITY_SIGNING_KEY: secrets.identitySigningKey,
    IDENTITY_SIGNING_KEY_ID: secrets.identitySigningKeyId,
    DEV_ISSUER_KEY: secrets.devIssuerKey,
  };
}

/** One subgraph's secrets, as environment variables: the verify keys and its own PII keys. */
export function subgraphSecretEnv(secrets: DevSecrets, service: string): Record<string, string> {
  const pii = secrets.pii[service];
  if (!pii) throw new Error(`no development PII keys for ${service}`);
  return {
    IDENTITY_VERIFY_KEYS: identityVerifyKeys(secrets),
    PII_ENCRYPTION_KEYS: pii.encryptionKeys,
    PII_BLIND_INDEX_KEYS: pii.blindIndexKeys,
  };
}

/** Every secret variable an app can receive: stripped from what apps inherit, so none leaks across. */
export const secretVariables = [
  'IDENTITY_SIGNING_KEY',
  'IDENTITY_SIGNING_KEY_ID',
  'DEV_ISSUER_KEY',
  'IDENTITY_VERIFY_KEYS',
  'PII_ENCRYPTION_KEYS',
  'PII_BLIND_INDEX_KEYS',
  'PII_BLIND_INDEX_KEY',
] as const;
