import { startPlatform, subgraphNames, up, type RunningPlatform } from '@jobbnatet/infra-local';
import { Client } from 'pg';

export const databaseSuffix = '_e2e';

declare global {
  var e2ePlatform: { stop(): Promise<void> } | undefined;
}

/** Every journey starts from empty e2e databases, beside (never inside) development data. */
async function dropE2eDatabases(serverUrl: string): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  for (const name of subgraphNames) {
    await client.query(
      `DROP DATABASE IF EXISTS "${name.replace(/-/g, '_')}${databaseSuffix}" WITH (FORCE)`,
    );
  }
  await client.end();
}

/** Infrastructure (reused when `npm test` started it) and every app, as `npm start` runs them. */
export default async function globalSetup(): Promise<void> {
  const infra = await up();
  await dropE2eDatabases(infra.databaseUrl);
  let platform: RunningPlatform;
  try {
    platform = await startPlatform(infra, {
      basePort: Number(process.env.JOBBNATET_E2E_PORT ?? 4400),
      databaseSuffix,
      output: 'file',
    });
  } catch (error) {
    await infra.down();
    throw error;
  }
  process.env.E2E_GATEWAY_URL = platform.gatewayUrl;
  process.env.E2E_SUBGRAPH_URLS = JSON.stringify(platform.subgraphUrls);
  process.env.E2E_DATABASE_URL = infra.databaseUrl;
  process.env.KAFKA_BROKERS = infra.kafkaBrokers;
  globalThis.e2ePlatform = {
    stop: async () => {
      await platform.stop();
      await infra.down();
    },
  };
}
