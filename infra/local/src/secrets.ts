import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDir } from './paths';

/**
 * Development secrets, made once per checkout and kept in `.local/secrets.json` (git-ignored) so
 * that tokens and encrypted rows survive restarts. Production takes the same variables from a vault.
 */
export interface DevSecrets {
  /** The gateway signs forwarded identities with this Ed25519 key (PKCS#8 PEM)... */
  IDENTITY_SIGNING_KEY: string;
  /** ...under this key id (`kid`)... */
  IDENTITY_SIGNING_KEY_ID: string;
  /** ...and subgraphs verify them with its public half, as a JSON Web Key Set. */
  IDENTITY_VERIFY_KEYS: string;
  /** The gateway's built-in development OIDC issuer signs login tokens with this key. */
  DEV_ISSUER_KEY: string;
  /** AES-256-GCM keys for personal data at rest, as `keyId:base64`, the first one active. */
  PII_ENCRYPTION_KEYS: string;
  /** HMAC key of the blind index used for exact look-ups of encrypted identity numbers. */
  PII_BLIND_INDEX_KEY: string;
}

function ed25519(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

/** What is stored; the verify key set is derived, so a file from before key ids still works. */
type StoredSecrets = Omit<DevSecrets, 'IDENTITY_SIGNING_KEY_ID' | 'IDENTITY_VERIFY_KEYS'> & {
  IDENTITY_SIGNING_KEY_ID?: string;
};

function withVerifyKeys(stored: StoredSecrets): DevSecrets {
  const keyId = stored.IDENTITY_SIGNING_KEY_ID ?? 'dev-1';
  const { kty, crv, x } = createPublicKey(stored.IDENTITY_SIGNING_KEY).export({ format: 'jwk' });
  const { IDENTITY_SIGNING_KEY, DEV_ISSUER_KEY, PII_ENCRYPTION_KEYS, PII_BLIND_INDEX_KEY } = stored;
  return {
    IDENTITY_SIGNING_KEY,
    IDENTITY_SIGNING_KEY_ID: keyId,
    IDENTITY_VERIFY_KEYS: JSON.stringify({ keys: [{ kty, crv, x, kid: keyId }] }),
    DEV_ISSUER_KEY,
    PII_ENCRYPTION_KEYS,
    PII_BLIND_INDEX_KEY,
  };
}

export function devSecrets(): DevSecrets {
  const file = join(localDir(), 'secrets.json');
  if (existsSync(file))
    return withVerifyKeys(JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets);
  const secrets: StoredSecrets = {
    IDENTITY_SIGNING_KEY: ed25519().privateKey,
    IDENTITY_SIGNING_KEY_ID: 'dev-1',
    DEV_ISSUER_KEY: ed25519().privateKey,
    PII_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return withVerifyKeys(secrets);
}
