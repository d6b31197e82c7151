import {
  Global,
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Topic } from '@jobbnatet/contracts';
import type { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from './config/service-config';
import { databaseUrl } from './database/ensure-database';
import { openDataSource, type EntityClass, type MigrationClass } from './database/open-data-source';
import { HealthController } from './health/health';
import { identityMiddleware } from './identity/identity.middleware';
import { securityHeaders } from './http/security-headers';
import { createKafka, ensureTopics } from './kafka/kafka-connection';
import { KafkaOutboxSink } from './kafka/kafka-outbox-sink';
import { JsonLogger } from './logging/json-logger';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { KAFKA, KAFKA_ADMIN, SERVICE_CONFIG } from './tokens';

export interface ServiceKitOptions {
  /** The service's name: identity audience, event source and default database name. */
  serviceName: string;
  config: ServiceConfig;
  entities: EntityClass[];
  migrations: MigrationClass[];
  /** Topics this service writes to; created at start when missing. */
  produces: Topic[];
}

const KIT_OPTIONS = Symbol('KIT_OPTIONS');

/**
 * Starts the relay once Kafka is reachable and the service's topics exist, without holding up the
 * start: a service that comes up while Kafka is down serves requests, fills its outbox, reports
 * not-ready, and drains when Kafka is back. Stops the relay (flushing the outbox) before shutdown.
 */
@Injectable()
class KitLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stopping = false;

  constructor(
    @Inject(KIT_OPTIONS) private readonly options: ServiceKitOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_ADMIN) private readonly admin: Admin,
    private readonly relay: OutboxRelay,
    private readonly sink: KafkaOutboxSink,
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    void this.startRelayWhenKafkaIsUp();
  }

  private async startRelayWhenKafkaIsUp(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await ensureTopics(this.kafka, this.options.produces);
        if (this.stopping) return;
        await this.relay.start();
        this.logger.log(`${this.options.serviceName} relay started`, 'ServiceKit');
        return;
      } catch (error) {
        const delay = Math.min(30_000, 500 * 2 ** attempt);
        this.logger.warn(
          `Kafka not reachable, retrying in ${delay} ms: ${String(error)}`,
          'ServiceKit',
        );
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // A relay never started (Kafka was down all along) has nothing it could flush.
    await this.relay.stop();
    await Promise.allSettled([this.sink.disconnect(), this.admin.disconnect()]);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * What every service shares, wired once: config, its own database with migrations, Kafka, the
 * outbox and its relay, health endpoints, JSON logs and the identity check on /graphql.
 */
@Global()
@Module({})
export class ServiceKitModule implements NestModule {
  constructor(@Inject(KIT_OPTIONS) private readonly options: ServiceKitOptions) {}

  static forRoot(options: ServiceKitOptions): DynamicModule {
    const { config, serviceName } = options;
    return {
      module: ServiceKitModule,
      controllers: [HealthController],
      providers: [
        { provide: KIT_OPTIONS, useValue: options },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: new JsonLogger(serviceName, config.LOG_LEVEL) },
        {
          provide: DataSource,
          inject: [JsonLogger],
          useFactory: (logger: JsonLogger) =>
            openDataSource({
              serverUrl: config.DATABASE_URL,
              database: config.DATABASE_NAME,
              entities: options.entities,
              migrations: options.migrations,
              logger,
            }),
        },
        {
          provide: KAFKA,
          inject: [JsonLogger],
          useFactory: (logger: JsonLogger) =>
            createKafka(config.KAFKA_BROKERS, serviceName, logger),
        },
        { provide: KAFKA_ADMIN, inject: [KAFKA], useFactory: (kafka: Kafka) => kafka.admin() },
        {
          provide: KafkaOutboxSink,
          inject: [KAFKA],
          useFactory: (kafka: Kafka) => new KafkaOutboxSink(kafka),
        },
        { provide: Outbox, useValue: new Outbox(`/jobbnatet/${serviceName}`) },
        {
          provide: OutboxRelay,
          inject: [DataSource, KafkaOutboxSink, JsonLogger],
          useFactory: (dataSource: DataSource, sink: KafkaOutboxSink, logger: JsonLogger) =>
            new OutboxRelay(dataSource, sink, logger, {
              listenUrl: databaseUrl(config.DATABASE_URL, config.DATABASE_NAME),
            }),
        },
        KitLifecycle,
      ],
      exports: [SERVICE_CONFIG, JsonLogger, DataSource, KAFKA, Outbox, OutboxRelay],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Security headers on every response, however the app was booted (main or a test).
    consumer.apply(securityHeaders()).forRoutes('{*path}');
    consumer
      .apply(identityMiddleware(this.options.serviceName, this.options.config.IDENTITY_VERIFY_KEYS))
      .forRoutes('graphql');
  }
}
