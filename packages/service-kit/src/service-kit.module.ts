import {
  Global,
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type LoggerService,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { APP_FILTER, ModuleRef } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import type { Topic } from '@jobbnatet/contracts';
import { httpServerSpans, stopTracing } from '@jobbnatet/telemetry';
import type { Kafka } from 'kafkajs';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from './config/service-config';
import { consumerGroups } from './consumer/consumer-groups';
import { InboxConsumer, type EventHandler } from './consumer/inbox-consumer';
import { ClientErrorFilter } from './errors/client-error.filter';
import { appendOnlyTables } from './database/append-only';
import { openDataSource, type EntityClass, type MigrationClass } from './database/open-data-source';
import { runtimeUrl } from './database/runtime-role';
import { EventsStatus } from './health/events-status';
import { HealthController } from './health/health.controller';
import { identityMiddleware } from './identity/identity.middleware';
import { securityHeaders } from './http/security-headers';
import { createKafka, ensureTopics } from './kafka/kafka-connection';
import { KafkaOutboxSink } from './kafka/kafka-outbox-sink';
import { retryUntilDone } from './kafka/retry-until-done';
import { inboxRetentionMs, topicSettings } from './kafka/topic-settings';
import { kitLoggerModule } from './logging/logger.module';
import { deadLetterReasons, KitMetrics, kitMetrics } from './observability/kit-metrics';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { KAFKA, LOGGER, SERVICE_CONFIG } from './tokens';

export interface ServiceKitOptions {
  /** The service's name: identity audience, event source, default database and consumer group. */
  serviceName: string;
  config: ServiceConfig;
  entities: EntityClass[];
  migrations: MigrationClass[];
  /** Topics this service writes to; created at start when missing. */
  produces: Topic[];
  /**
   * The service's event handlers, one class per event type and version (`EventHandler`), each also
   * a provider of the app's own modules so it can inject what it needs. The kit runs them in one
   * consumer group, named after the service unless `CONSUMER_GROUP` says otherwise, and a group
   * `<that>.<readModel>` for each read model a handler names (`EventHandler.readModel`).
   */
  consumes?: Type<EventHandler>[];
  /** Apply each Kafka batch in one transaction (`InboxConsumerOptions.batchApply`). */
  batchApply?: boolean;
}

const KIT_OPTIONS = Symbol('KIT_OPTIONS');

/**
 * Starts the relay and the consumers once Kafka is reachable and their topics exist, without holding
 * up the start: a service that comes up while Kafka is down serves requests, fills its outbox, stays
 * ready (its database answers), and drains and consumes when Kafka is back. Stops the relay
 * (flushing the outbox) and the consumers before shutdown.
 */
@Injectable()
class KitLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stopping = false;
  private detachMetrics?: () => void;

  constructor(
    @Inject(KIT_OPTIONS) private readonly options: ServiceKitOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(LOGGER) private readonly logger: LoggerService,
    private readonly relay: OutboxRelay,
    private readonly sink: KafkaOutboxSink,
    private readonly dataSource: DataSource,
    private readonly status: EventsStatus,
    private readonly metrics: KitMetrics,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * Waits a moment for the relay, so that with Kafka up the service's topics exist before it
   * reports ready (tests and consumers subscribe to them right away); with Kafka down it goes on.
   */
  async onApplicationBootstrap(): Promise<void> {
    this.detachMetrics = this.metrics.attach({
      database: this.options.config.DATABASE_NAME,
      dataSource: this.dataSource,
      events: this.status,
    });
    const relayStarted = this.startRelayWhenKafkaIsUp();
    await Promise.race([
      relayStarted,
      new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
    ]);
    const handlers = (this.options.consumes ?? []).map((handler) =>
      this.moduleRef.get(handler, { strict: false }),
    );
    if (handlers.length === 0) return;
    const { config, serviceName } = this.options;
    const groups = consumerGroups(config.CONSUMER_GROUP ?? serviceName, handlers);
    for (const [groupId, groupHandlers] of groups) {
      const consumer = new InboxConsumer(this.kafka, this.dataSource, this.logger, {
        groupId,
        handlers: groupHandlers,
        topicSettings: topicSettings(config),
        inboxRetentionMs: inboxRetentionMs(config),
        batchApply: this.options.batchApply ?? false,
        onDeadLetter: (reason) => this.metrics.deadLettered(groupId, reason),
      });
      this.metrics.consumerGroupStarted(groupId, deadLetterReasons);
      this.status.inboxConsumers.push(consumer);
      void consumer.start();
    }
  }

  private async startRelayWhenKafkaIsUp(): Promise<void> {
    const { config, produces, serviceName } = this.options;
    await retryUntilDone(
      async () => {
        await ensureTopics(this.kafka, produces, topicSettings(config));
        if (this.stopping) return;
        this.status.kafkaUnreachable = undefined;
        await this.relay.start();
        this.logger.log(`${serviceName} relay started`, 'ServiceKit');
      },
      {
        isCancelled: () => this.stopping,
        onFailure: (error, delay) => {
          this.status.kafkaUnreachable = `Kafka not reachable: ${error.message}`;
          this.logger.warn(
            `${this.status.kafkaUnreachable}; retrying in ${delay} ms`,
            'ServiceKit',
          );
        },
      },
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled(this.status.inboxConsumers.map((consumer) => consumer.stop()));
    // A relay never started (Kafka was down all along) has nothing it could flush.
    await this.relay.stop();
    await this.sink.disconnect().catch(() => undefined);
    this.detachMetrics?.();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    // The relay's last spans included.
    await stopTracing();
  }
}

/**
 * What every service shares, wired once: config, its own database with migrations, Kafka, the
 * outbox and its relay, the consumers of `consumes`, health endpoints, JSON logs and the identity
 * check on /graphql.
 */
@Global()
@Module({})
export class ServiceKitModule implements NestModule {
  constructor(@Inject(KIT_OPTIONS) private readonly options: ServiceKitOptions) {}

  static forRoot(options: ServiceKitOptions): DynamicModule {
    const { config, serviceName } = options;
    return {
      module: ServiceKitModule,
      imports: [
        kitLoggerModule(serviceName, config.LOG_LEVEL),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: KIT_OPTIONS, useValue: options },
        { provide: APP_FILTER, useClass: ClientErrorFilter },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: LOGGER, useExisting: Logger },
        {
          provide: DataSource,
          inject: [LOGGER],
          useFactory: (logger: LoggerService) =>
            openDataSource({
              serverUrl: config.DATABASE_URL,
              database: config.DATABASE_NAME,
              entities: options.entities,
              migrations: options.migrations,
              appendOnly: appendOnlyTables(options.entities),
              logger,
            }),
        },
        {
          provide: KAFKA,
          inject: [LOGGER],
          useFactory: (logger: LoggerService) =>
            createKafka(config.KAFKA_BROKERS, serviceName, logger),
        },
        {
          provide: KafkaOutboxSink,
          inject: [KAFKA],
          useFactory: (kafka: Kafka) => new KafkaOutboxSink(kafka),
        },
        { provide: Outbox, useValue: new Outbox(`/jobbnatet/${serviceName}`) },
        { provide: KitMetrics, useValue: kitMetrics(serviceName) },
        {
          provide: OutboxRelay,
          inject: [KafkaOutboxSink, LOGGER, KitMetrics],
          useFactory: (sink: KafkaOutboxSink, logger: LoggerService, metrics: KitMetrics) => {
            // Its own session runs as the runtime role too; the DataSource has created it by start.
            const sessionUrl = new URL(runtimeUrl(config.DATABASE_URL, config.DATABASE_NAME));
            sessionUrl.searchParams.set('application_name', `${serviceName}-outbox-relay`);
            return new OutboxRelay(sink, logger, {
              sessionUrl: sessionUrl.toString(),
              onBatchSent: (batch, seconds) => metrics.relayBatchSent(batch, seconds),
            });
          },
        },
        {
          provide: EventsStatus,
          inject: [DataSource, OutboxRelay],
          useFactory: (dataSource: DataSource, relay: OutboxRelay) =>
            new EventsStatus(dataSource, relay),
        },
        KitLifecycle,
      ],
      exports: [SERVICE_CONFIG, LOGGER, DataSource, KAFKA, Outbox, OutboxRelay, KitMetrics],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // First: everything after it, the identity check included, runs in the request's span.
    consumer.apply(httpServerSpans()).forRoutes('{*path}');
    // Security headers on every response, however the app was booted (main or a test).
    consumer.apply(securityHeaders()).forRoutes('{*path}');
    consumer
      .apply(identityMiddleware(this.options.serviceName, this.options.config.IDENTITY_VERIFY_KEYS))
      .forRoutes('graphql');
  }
}
