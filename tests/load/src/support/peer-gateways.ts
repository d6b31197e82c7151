import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devSecrets, localDir, repoRoot, subgraphNames } from '@jobbnatet/infra-local';
import { startChildServer, type ChildServer } from './child-server';
import { officeId, subjectOf } from './graphql-client';
import { benchBasePort } from './platform';
import type { Teardown } from './teardown';

/** The committed supergraph, routed to this run's subgraphs instead of its placeholder URLs. */
function benchSupergraph(subgraphUrls: Record<string, string>): string {
  let sdl = readFileSync(join(repoRoot, 'apps/gateway/supergraph.graphql'), 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const placeholder = `http://${name}.subgraph.invalid/graphql`;
    if (!sdl.includes(placeholder)) throw new Error(`the supergraph has no ${placeholder}`);
    sdl = sdl.replaceAll(placeholder, url);
  }
  const file = join(localDir(), 'bench-supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}

export type PeerGateway = 'apollo-peer' | 'hive-peer';

const peerPorts: Record<PeerGateway, number> = {
  'apollo-peer': benchBasePort + 11,
  'hive-peer': benchBasePort + 12,
};

/**
 * A peer gateway (`src/peers`) in its own process on the committed supergraph, routed to the bench
 * platform's subgraphs, signing the identity of the officer `officerToken` belongs to.
 */
export function startPeerGateway(
  teardown: Teardown,
  peer: PeerGateway,
  subgraphUrls: Record<string, string>,
  officerToken: string,
): Promise<ChildServer> {
  const secrets = devSecrets(subgraphNames);
  return startChildServer(teardown, peer, {
    PORT: String(peerPorts[peer]),
    PEER_SUPERGRAPH_PATH: benchSupergraph(subgraphUrls),
    PEER_SUBGRAPH_URLS: JSON.stringify(
      Object.entries(subgraphUrls).map(([name, url]) => [url, name]),
    ),
    PEER_IDENTITY: JSON.stringify({ userId: subjectOf(officerToken), role: 'officer', officeId }),
    IDENTITY_SIGNING_KEY: secrets.identitySigningKey,
    IDENTITY_SIGNING_KEY_ID: secrets.identitySigningKeyId,
  });
}
