import { startKafka, type KafkaHandle } from './kafka';
import { runCommand } from './lifecycle';
import { progress } from './log';
import { startPostgres, type PostgresHandle } from './postgres';

export interface Infrastructure {
  databaseUrl: string;
  kafkaBrokers: string;
  /** Stops what this process started (or took over from an interrupted run); leaves the rest. */
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

/** `infra:up`: the infrastructure alone, held in the foreground until Ctrl-C. */
if (require.main === module) {
  runCommand('infra', async (onStop) => {
    const infra = await up();
    onStop(() => infra.down());
    progress('infra', `DATABASE_URL=${infra.databaseUrl}`);
    progress('infra', `KAFKA_BROKERS=${infra.kafkaBrokers}`);
    progress('infra', 'press Ctrl-C to stop');
    return 'hold';
  });
}
