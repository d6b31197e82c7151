import { generateKeyPairSync } from 'node:crypto';
import { signIdentity, type CallerIdentity } from '@jobbnatet/contracts';

/** What one GraphQL request is signed for. */
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
 * The one place the harness depends on how identities are signed: when the forwarded identity
 * changes (variables binding, jti, kid, a JWKS of verify keys), only this function changes.
 */
export function createIdentitySigner(): IdentitySigner {
  const keys = generateKeyPairSync('ed25519');
  return {
    verifyEnv: {
      IDENTITY_VERIFY_KEY: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    sign: (caller, audience, { query }) =>
      signIdentity(caller, { key: keys.privateKey, audience, query }),
  };
}
