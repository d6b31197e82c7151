import type { LoggerService } from '@nestjs/common';
import { createKafka } from '../kafka/kafka-connection';
import { redriveDeadLetters } from './redrive-dead-letters';

/**
 * `KAFKA_BROKERS=host:port node dist/consumer/redrive-dead-letters.cli.js <consumer-group>`:
 * sends the group's dead letters back to it (see redriveDeadLetters).
 */
/** Kafka's warnings go to stderr; stdout carries only the result. */
const stderrLogger: LoggerService = {
  log: () => undefined,
  warn: (message: unknown) => void process.stderr.write(`${String(message)}\n`),
  error: (message: unknown) => void process.stderr.write(`${String(message)}\n`),
};

async function main(): Promise<void> {
  const [group] = process.argv.slice(2);
  const brokers = process.env.KAFKA_BROKERS;
  if (!group || !brokers) {
    process.stderr.write('usage: KAFKA_BROKERS=host:port dead-letters:redrive <consumer-group>\n');
    process.exit(2);
  }
  const kafka = createKafka(brokers, 'redrive-dead-letters', stderrLogger);
  const sent = await redriveDeadLetters(kafka, group);
  process.stdout.write(`redrove ${sent} dead letters of ${group}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `redrive failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
