import { Kafka, logLevel, type Producer } from 'kafkajs';

/** What a test publishes: an event envelope (built with the contracts' strict producer schemas). */
export interface TestEnvelope {
  id: string;
  subject: string;
}

/**
 * A plain kafkajs producer for tests: plays another service's events onto a topic, keyed by the
 * envelope's subject as the outbox relay keys them, so a consumer under test sees real deliveries.
 */
export class KafkaTestProducer {
  private constructor(private readonly producer: Producer) {}

  static async start(
    brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:19092',
  ): Promise<KafkaTestProducer> {
    const kafka = new Kafka({
      clientId: 'test-producer',
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    return new KafkaTestProducer(producer);
  }

  /** Sends the envelopes in order and waits until the broker has them all. */
  async publish(topic: string, envelopes: readonly TestEnvelope[]): Promise<void> {
    await this.producer.send({
      topic,
      acks: -1,
      messages: envelopes.map((envelope) => ({
        key: envelope.subject,
        value: JSON.stringify(envelope),
      })),
    });
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
  }
}
