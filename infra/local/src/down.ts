import { stopRecordedKafka } from './kafka';
import { runCommand } from './lifecycle';
import { progress } from './log';
import { stopRecordedPostgres } from './postgres';

/** `infra:down`: stops the broker and server this checkout started, whoever holds them. */
runCommand('infra', async () => {
  await Promise.all([stopRecordedKafka(), stopRecordedPostgres()]);
  progress('infra', 'stopped');
  return 0;
});
