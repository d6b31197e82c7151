import { up } from '../src/up';
import { portAcceptsConnections } from '../src/process-state';

describe('bringing the local infrastructure up', () => {
  const configured = {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    DATABASE_URL: process.env.DATABASE_URL,
  };

  beforeAll(() => {
    // Exercise the local servers themselves, not a configured cluster.
    delete process.env.KAFKA_BROKERS;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => Object.assign(process.env, configured));

  it('adopts the broker and server already running instead of starting a second pair', async () => {
    const first = await up();
    const second = await up();
    expect(second.kafkaBrokers).toBe(first.kafkaBrokers);
    expect(second.databaseUrl).toBe(first.databaseUrl);

    // The second owns nothing: stopping it leaves both servers running for the first.
    await second.down();
    const [kafkaPort, postgresPort] = [first.kafkaBrokers, first.databaseUrl].map((address) =>
      Number(/:(\d+)(\/|$)/.exec(address)![1]),
    );
    expect(await portAcceptsConnections(kafkaPort!)).toBe(true);
    expect(await portAcceptsConnections(postgresPort!)).toBe(true);
    await first.down();
  });
});
