import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  identityVerifyKeySet,
  signIdentity,
  type BoundOperation,
  type CallerIdentity,
} from '@jobbnatet/contracts';

/** What one GraphQL request is signed for: exactly what the subgraph will execute. */
export type SignedOperation = BoundOperation;

/** Stands in for the gateway: signs forwarded identities, and tells subgraphs how to verify them. */
export interface IdentitySigner {
  /** The public key and its id, as a subgraph lists it among its verify keys. */
  readonly verifyKey: { key: KeyObject; keyId: string };
  /** The environment a subgraph needs to verify this signer's identities. */
  readonly verifyEnv: Record<string, string>;
  sign(caller: CallerIdentity, audience: string, operation: SignedOperation): Promise<string>;
}

/**
 * The one place the harness depends on how identities are signed (an Ed25519 key with a `kid`,
 * published to subgraphs as `IDENTITY_VERIFY_KEYS`; each identity bound to the operation's text,
 * name and variables, with a fresh `jti`): when that changes, only this function changes.
 */
export function createIdentitySigner(keyId = 'test-gateway'): IdentitySigner {
  const keys = generateKeyPairSync('ed25519');
  const verifyKey = { key: keys.publicKey, keyId };
  return {
    verifyKey,
    verifyEnv: trustedBy([{ verifyKey }]),
    sign: (caller, audience, operation) =>
      signIdentity(caller, { key: keys.privateKey, keyId, audience, operation }),
  };
}

/** The environment of a subgraph that trusts every one of `signers` (e.g. during a key rotation). */
export function trustedBy(signers: Pick<IdentitySigner, 'verifyKey'>[]): Record<string, string> {
  return { IDENTITY_VERIFY_KEYS: identityVerifyKeySet(signers.map((signer) => signer.verifyKey)) };
}
