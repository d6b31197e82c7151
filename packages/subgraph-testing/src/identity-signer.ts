import { generateKeyPairSync } from 'node:crypto';
import { identityVerifyKeySet, signIdentity, type CallerIdentity } from '@jobbnatet/contracts';

/** What one GraphQL request is signed for: exactly what the subgraph will execute. */
export interface SignedOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Stands in for the gateway: signs forwarded identities, and tells subgraphs how to verify them. */
export interface IdentitySigner {
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
  return {
    verifyEnv: {
      IDENTITY_VERIFY_KEYS: identityVerifyKeySet([{ key: keys.publicKey, keyId }]),
    },
    sign: (caller, audience, operation) =>
      signIdentity(caller, { key: keys.privateKey, keyId, audience, operation }),
  };
}
