import { startKafka, type KafkaHandle } from './kafka';
import { progress } from './log';
import { startPostgres, type PostgresHandle } from './postgres';

export interface Infrastructure {
  databaseUrl: string;
  kafkaBrokers: string;
  /** Stops what this process started; leaves alone what it found running. */
  down(): Promise<void>;
}

/** Brings up PostgreSQL and Kafka (or adopts the ones configured or already running). */
export async function up(): Promise<Infrastructure> {
  const [postgres, kafka] = await Promise.allSettled([startPostgres(), startKafka()]);
  if (postgres.status === 'rejected' || kafka.status === 'rejected') {
    // Leave nothing half-started behind.
    await Promise.allSettled(
      [postgres, kafka].map((started) =>
        started.status === 'fulfilled' ? started.value.stop() : undefined,
      ),
    );
    throw postgres.status === 'rejected'
      ? postgres.reason
      : (kafka as PromiseRejectedResult).reason;
  }
  return handles(postgres.value, kafka.value);
}

function handles(postgres: PostgresHandle, kafka: KafkaHandle): Infrastructure {
  return {
    databaseUrl: postgres.url,
    kafkaBrokers: kafka.brokers,
    down: async () => {
      await Promise.all([kafka.stop(), postgres.stop()]);
    },
  };
}

/** Runs `up()` for the CLI: keeps the infrastructure in the foreground until Ctrl-C. */
async function main(): Promise<void> {
  const infra = await up();
  progress('infra', `DATABASE_URL=${infra.databaseUrl}`);
  progress('infra', `KAFKA_BROKERS=${infra.kafkaBrokers}`);
  progress('infra', 'press Ctrl-C to stop');
  const stop = () => void infra.down().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    progress('infra', error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
