import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

export interface Ed25519Pair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** PKCS#8 PEM, as the gateway reads it from IDENTITY_SIGNING_KEY / DEV_ISSUER_KEY. */
  privateKeyPem: string;
  /** The key's id, as IDENTITY_SIGNING_KEY_ID and the subgraphs' key set name it. */
  keyId: string;
}

export function ed25519Pair(): Ed25519Pair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    publicKey: createPublicKey(privateKey),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    keyId: `test-${randomBytes(4).toString('hex')}`,
  };
}
