import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform, up, type RunningPlatform } from '@jobbnatet/infra-local';
import { identityClaimsVariable, startOtlpReceiver } from '@jobbnatet/testing';

declare global {
  var e2ePlatform: { stop(): Promise<void> } | undefined;
}

/**
 * Infrastructure (reused when `npm test` started it) and every app, as `npm start` runs them, on
 * empty `<service>_e2e` databases beside (never inside) development data.
 */
export default async function globalSetup(): Promise<void> {
  const infra = await up();
  // Every app exports its spans here, as it would to an OpenTelemetry collector.
  const traces = await startOtlpReceiver();
  let platform: RunningPlatform;
  try {
    platform = await startPlatform(infra, {
      basePort: Number(process.env.JOBBNATET_E2E_PORT ?? 4400),
      databaseSuffix: '_e2e',
      freshDatabases: true,
      output: 'file',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' },
    });
  } catch (error) {
    await traces.close();
    await infra.down();
    throw error;
  }
  process.env.E2E_GATEWAY_URL = platform.gatewayUrl;
  process.env.E2E_SUBGRAPH_URLS = JSON.stringify(platform.subgraphUrls);
  process.env.E2E_METRICS_URLS = JSON.stringify(platform.metricsUrls);
  process.env.E2E_OTLP_ENDPOINT = traces.endpoint;
  process.env.E2E_DATABASE_URL = infra.databaseUrl;
  process.env.KAFKA_BROKERS = infra.kafkaBrokers;
  // Every suite registers in the same participants database: no two may draw one number.
  const claims = mkdtempSync(join(tmpdir(), 'jobbnatet-e2e-identities-'));
  process.env[identityClaimsVariable] = claims;
  globalThis.e2ePlatform = {
    stop: async () => {
      rmSync(claims, { recursive: true, force: true });
      await platform.stop();
      await traces.close();
      await infra.down();
    },
  };
}
