import { ConsoleLogger } from '@nestjs/common';
import { createKafka } from '../kafka/kafka-connection';
import { redriveDeadLetters } from './redrive-dead-letters';

/**
 * `KAFKA_BROKERS=host:port node dist/consumer/redrive-dead-letters.cli.js <consumer-group>`:
 * sends the group's dead letters back to it (see redriveDeadLetters).
 */
async function main(): Promise<void> {
  const [group] = process.argv.slice(2);
  const brokers = process.env.KAFKA_BROKERS;
  if (!group || !brokers) {
    process.stderr.write('usage: KAFKA_BROKERS=host:port dead-letters:redrive <consumer-group>\n');
    process.exit(2);
  }
  const kafka = createKafka(brokers, 'redrive-dead-letters', new ConsoleLogger('redrive'));
  const sent = await redriveDeadLetters(kafka, group);
  process.stdout.write(`redrove ${sent} dead letters of ${group}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`redrive failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
