import { createServer } from 'node:http';
import { loadConfig } from '../src/config';
import { createGatewayServer } from '../src/server';
import { subgraphNamesOf } from '../src/supergraph';
import { composeTestSupergraph, startGateway } from './support/gateway-harness';
import { close, listenOnFreePort } from './support/http';
import { ed25519Pair } from './support/keys';
import { startParticipantsSubgraph, type TestSubgraph } from './support/test-subgraphs';

describe('gateway health', () => {
  const identityKeys = ed25519Pair();
  const env = {
    JOBBNATET_MODE: 'development',
    IDENTITY_SIGNING_KEY: identityKeys.privateKeyPem,
    IDENTITY_SIGNING_KEY_ID: identityKeys.keyId,
    LOG_LEVEL: 'silent',
    METRICS_PORT: '0',
  };
  let participants: TestSubgraph;

  beforeAll(async () => {
    participants = await startParticipantsSubgraph(identityKeys);
  });

  afterAll(async () => {
    await participants?.stop();
  });

  it('answers live and ready once the gateway has loaded its supergraph', async () => {
    const gateway = await startGateway([participants], env);
    try {
      const live = await fetch(`${gateway.origin}/health/live`);
      const ready = await fetch(`${gateway.origin}/health/ready`);

      expect([live.status, ready.status]).toEqual([200, 200]);
    } finally {
      await gateway.stop();
    }
  });

  it('answers live but not ready before the gateway has started', async () => {
    const supergraphSdl = composeTestSupergraph([participants]);
    const config = loadConfig(subgraphNamesOf(supergraphSdl), {
      ...env,
      SUBGRAPH_PARTICIPANTS_URL: participants.url,
    });
    const gateway = createGatewayServer(config, { supergraphSdl, logSink: () => undefined });
    // Serve the not-yet-started app on a side port, as a probe would see it during start-up.
    const probeServer = createServer(gateway.app);
    const port = await listenOnFreePort(probeServer);
    try {
      const live = await fetch(`http://127.0.0.1:${port}/health/live`);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);

      expect([live.status, ready.status]).toEqual([200, 503]);
    } finally {
      await close(probeServer);
      await gateway.stop();
    }
  });

  it('closes its port when stopped', async () => {
    const gateway = await startGateway([participants], env);

    await gateway.stop();

    await expect(fetch(`${gateway.origin}/health/live`)).rejects.toThrow();
  });
});
