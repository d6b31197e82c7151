import { generateKeyPairSync, randomBytes } from 'node:crypto';
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
  /** ...and subgraphs verify them with its public half (SPKI PEM). */
  IDENTITY_VERIFY_KEY: string;
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

export function devSecrets(): DevSecrets {
  const file = join(localDir(), 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const identity = ed25519();
  const secrets: DevSecrets = {
    IDENTITY_SIGNING_KEY: identity.privateKey,
    IDENTITY_VERIFY_KEY: identity.publicKey,
    DEV_ISSUER_KEY: ed25519().privateKey,
    PII_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
