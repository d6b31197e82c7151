import { stopRecordedKafka } from './kafka';
import { progress } from './log';
import { stopRecordedPostgres } from './postgres';

/** Stops a broker and a server left running by an interrupted `start` or `test`. */
async function main(): Promise<void> {
  await Promise.all([stopRecordedKafka(), stopRecordedPostgres()]);
  progress('infra', 'stopped');
}

main().catch((error: unknown) => {
  progress('infra', error instanceof Error ? error.message : String(error));
  process.exit(1);
});
