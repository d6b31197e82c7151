import { rmSync } from 'node:fs';
import { stopRecordedKafka } from './kafka';
import { progress } from './log';
import { localDir } from './paths';
import { postgresLocation, stopRecordedPostgres } from './postgres';

/**
 * `npm start -- --fresh`: stops what this checkout left running and deletes its databases and
 * topics, so that the start after it begins empty and loads the demo region anew. Servers named
 * by DATABASE_URL or KAFKA_BROKERS are someone else's and are never emptied.
 */
export async function discardLocalData(): Promise<void> {
  const external = ['DATABASE_URL', 'KAFKA_BROKERS'].filter((name) => process.env[name]);
  if (external.length > 0) {
    throw new Error(
      `--fresh empties only this checkout's own servers; unset ${external.join(' and ')}`,
    );
  }
  await Promise.all([stopRecordedKafka(), stopRecordedPostgres()]);
  rmSync(postgresLocation().dataDir, { recursive: true, force: true });
  rmSync(localDir('kafka', 'data'), { recursive: true, force: true });
  progress('jobbnatet', 'deleted the local databases and topics (--fresh)');
}
