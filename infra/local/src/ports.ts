import { createServer } from 'node:net';
import { postgresLocation, runningPostmaster } from './postgres';
import { portAcceptsConnections, readRecord } from './process-state';

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Two consecutive free ports (Kafka's broker and controller listeners). */
export async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if ((await listenable(port)) && (await listenable(port + 1))) return port;
  }
  throw new Error('found no two free consecutive ports');
}

/**
 * For test runs only: when a default port is held by a program this checkout did not start, move
 * to free ports instead of failing, so a stray server elsewhere cannot turn a test run red.
 */
export async function avoidForeignPorts(): Promise<void> {
  if (!process.env.KAFKA_BROKERS && !process.env.JOBBNATET_KAFKA_PORT && !readRecord('kafka')) {
    if ((await portAcceptsConnections(19092)) || (await portAcceptsConnections(19093))) {
      process.env.JOBBNATET_KAFKA_PORT = String(await freePortPair());
    }
  }
  if (
    !process.env.DATABASE_URL &&
    !process.env.JOBBNATET_POSTGRES_PORT &&
    !runningPostmaster(postgresLocation().dataDir)
  ) {
    if (await portAcceptsConnections(54329)) {
      process.env.JOBBNATET_POSTGRES_PORT = String(await freePortPair());
    }
  }
}
