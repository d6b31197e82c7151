import { createPrivateKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signIdentity, type BoundOperation, type CallerIdentity } from '@jobbnatet/contracts';

/**
 * What both peer gateways of `gateway-peers` share: the supergraph (with the bench subgraphs' URLs)
 * and a signer of the forwarded identity, one per subgraph request with the dev signing key, as the
 * product gateway does. The caller is fixed (PEER_IDENTITY): the peers verify no bearer token.
 */
export const peerSupergraph = readFileSync(process.env.PEER_SUPERGRAPH_PATH ?? '', 'utf8');

const key = createPrivateKey(process.env.IDENTITY_SIGNING_KEY ?? '');
const keyId = process.env.IDENTITY_SIGNING_KEY_ID ?? '';
const caller = JSON.parse(process.env.PEER_IDENTITY ?? '{}') as Omit<
  CallerIdentity,
  'correlationId'
>;

export function signFor(subgraph: string, operation: BoundOperation): Promise<string> {
  return signIdentity(
    { ...caller, correlationId: randomUUID() },
    { key, keyId, audience: subgraph, operation },
  );
}

export const peerPort = Number(process.env.PORT);
