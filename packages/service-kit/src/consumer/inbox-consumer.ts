import {
  deadLetterTopic,
  eventCatalog,
  parseEvent,
  redriveTopic,
  type ConsumedEvent,
  type EventDefinition,
  type RefusalReason,
} from '@jobbnatet/contracts';
import {
  contextOfTraceparent,
  correlationAttribute,
  inSpan,
  linkTo,
  SpanKind,
  tracingEnabled,
  type Span,
} from '@jobbnatet/telemetry';
import type { LoggerService } from '@nestjs/common';
import type { Consumer, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { ensureTopics } from '../kafka/kafka-connection';
import { defaultTopicSettings, type TopicSettings } from '../kafka/topic-settings';
import { retryUntilDone } from '../kafka/retry-until-done';
import { runInRequestContext } from '../logging/request-context';
import { exponentialBackoff, type RetryPolicy } from './retry-policy';

/**
 * A service's handler of one event type and version. The kit parses the data with the definition's
 * consumer schema before `handle` sees it, and runs `handle` in the transaction that records the
 * event id in the inbox: its writes and "applied" commit together.
 */
export interface EventHandler<D extends EventDefinition = EventDefinition> {
  readonly event: D;
  /**
   * The read model this handler feeds (kebab-case). Each read model gets a consumer group of its own
   * (`<group>.<readModel>`): its own offsets, inbox rows, retries and dead-letter topic, so one model
   * falling behind or being rebuilt never holds up another. Without it, the service's group.
   */
  readonly readModel?: string;
  handle(event: ConsumedEvent<D>, manager: EntityManager): Promise<void>;
  /**
   * Optional: applies several events of this type at once (e.g. one multi-row upsert), leaving the
   * rows exactly as `handle` on each, in the given order, would. Used by groups with `batchApply`.
   * Handlers of one group are applied one after another within a batch, so two handlers writing
   * the same rows must commute (facts in tables do).
   */
  handleBatch?(events: ConsumedEvent<D>[], manager: EntityManager): Promise<void>;
}

/**
 * A handler whose work is one multi-row statement per batch: a single event is a batch of one, so
 * both paths write exactly the same.
 */
export abstract class BatchEventHandler<D extends EventDefinition> implements EventHandler<D> {
  abstract readonly event: D;

  handle(event: ConsumedEvent<D>, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  abstract handleBatch(events: ConsumedEvent<D>[], manager: EntityManager): Promise<void>;
}

export interface InboxConsumerOptions {
  groupId: string;
  handlers: readonly EventHandler[];
  retry?: RetryPolicy;
  fromBeginning?: boolean;
  topicSettings?: TopicSettings;
  /** How long the group coordinator waits for a heartbeat before it drops this member. */
  sessionTimeoutMs?: number;
  /** Inbox rows older than this are deleted (at start, then hourly). */
  inboxRetentionMs?: number;
  /**
   * Applies each Kafka batch in one transaction: one multi-row inbox insert, then each handler's
   * `handleBatch` (or `handle` per event) for the events not applied before. A batch that fails
   * rolls back and is processed event by event, with the usual retries and dead letters.
   */
  batchApply?: boolean;
  /**
   * Replays the history of the live group `replayOf` into other tables (a read-model rebuild,
   * whose connection's search_path points at them): reads that group's redrive topic too, skips
   * events it cannot read (the live group dead-lettered them already) and stops at a handler that
   * keeps failing (`status.replayFailure`) instead of dead-lettering it.
   */
  replayOf?: string;
  /** Partitions applied at once (kafkajs `partitionsConsumedConcurrently`); default 1. */
  partitionsConsumedConcurrently?: number;
  /** Told of every event parked on the dead-letter topic (metrics). */
  onDeadLetter?: (reason: DeadLetterReason) => void;
}

/**
 * Every apply transaction of a group holds this lock shared; whoever takes it exclusively
 * (`pauseConsumerGroup`) waits for the batch in flight and pauses the group, in whatever process.
 */
const groupLockSql = (mode: 'shared' | 'exclusive') =>
  `SELECT ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_lock'}(hashtext('jobbnatet.consumer-group'), hashtext($1))`;

/**
 * Pauses the consumer group `groupId` in every process on this database: once it returns, no
 * apply transaction of the group is in flight and none starts until `resume` (or the session
 * ends). Held on the given session (a query runner that stays connected).
 */
export async function pauseConsumerGroup(
  session: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  groupId: string,
): Promise<{ resume(): Promise<void> }> {
  await session.query(groupLockSql('exclusive'), [groupId]);
  return {
    resume: async () => {
      await session.query(
        "SELECT pg_advisory_unlock(hashtext('jobbnatet.consumer-group'), hashtext($1))",
        [groupId],
      );
    },
  };
}

/** Headers a dead letter carries, so it can be traced back and redriven. */
export const deadLetterHeaders = {
  topic: 'x-original-topic',
  partition: 'x-original-partition',
  offset: 'x-original-offset',
  /** One of `RefusalReason`, or `handler-failed`. */
  reason: 'x-dead-letter-reason',
  error: 'x-error',
} as const;

export type DeadLetterReason = RefusalReason | 'handler-failed';

/** How far one topic-partition is behind its newest message, as this member last saw it. */
export type PartitionLag = { topic: string; partition: number; lag: number };

export interface ConsumerStatus {
  group: string;
  state: 'starting' | 'running' | 'stopped';
  /** Messages behind the newest, summed over the partitions this member has read from. */
  lag?: number;
  /** The same, per topic-partition (topic, then partition order). */
  partitions?: PartitionLag[];
  /** How often this member joined its group: more than once means it lost its membership. */
  groupJoins: number;
  lastError?: string;
  /** A replay (`replayOf`) stopped at an event its handler kept failing on. */
  replayFailure?: string;
}

const hour = 60 * 60 * 1000;

/**
 * A replay reads history in big batches (one apply transaction each: four times kafkajs' default
 * per partition made a rebuild 1.2× faster here) and stops as soon as it has caught up: stopping
 * waits for the fetch in flight, which must not idle through kafkajs' default long poll of 5 s.
 */
const replayFetch = {
  maxBytesPerPartition: 4 * 1024 * 1024,
  maxBytes: 20 * 1024 * 1024,
  maxWaitTimeInMs: 100,
};

/**
 * Applies each event at most once: the event id goes into the inbox table in the same transaction
 * as the handler's writes. A failing handler is retried with backoff while the consumer keeps
 * heartbeating (the group keeps it); an event that still fails, or that it cannot read (malformed,
 * an unknown type or version, invalid data), goes to the group's dead-letter topic with the reason.
 * Events of a type the platform knows but this group does not handle are skipped.
 * Reads the group's redrive topic too, where `redriveDeadLetters` sends dead letters back.
 */
export class InboxConsumer {
  private consumer?: Consumer;
  private producer?: Producer;
  private connecting?: Promise<void>;
  private readonly retry: RetryPolicy;
  private readonly handlers = new Map<string, EventHandler>();
  private readonly lagByPartition = new Map<string, PartitionLag>();
  private state: ConsumerStatus['state'] = 'stopped';
  private groupJoins = 0;
  private lastError?: string;
  private replayFailure?: string;
  private pruning?: NodeJS.Timeout;
  /** The next offset to read per `topic/partition`, as far as this member has applied. */
  private readonly nextOffsets = new Map<string, bigint>();
  private messagesRead = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly logger: LoggerService,
    private readonly options: InboxConsumerOptions,
  ) {
    this.retry = options.retry ?? exponentialBackoff();
    for (const handler of options.handlers) {
      const key = handlerKey(handler.event.type, handler.event.version);
      if (this.handlers.has(key)) throw new Error(`two handlers for ${key}`);
      this.handlers.set(key, handler);
    }
  }

  get deadLetterTopic(): string {
    return deadLetterTopic(this.options.groupId);
  }

  get redriveTopic(): string {
    return redriveTopic(this.options.groupId);
  }

  get status(): ConsumerStatus {
    const partitions = [...this.lagByPartition.values()].sort(
      (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition,
    );
    return {
      group: this.options.groupId,
      state: this.state,
      ...(partitions.length > 0
        ? { lag: partitions.reduce((sum, p) => sum + p.lag, 0), partitions }
        : {}),
      groupJoins: this.groupJoins,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.replayFailure ? { replayFailure: this.replayFailure } : {}),
    };
  }

  /** How far this member has applied: the next offset per `topic/partition`, and messages read. */
  get progress(): { nextOffsets: ReadonlyMap<string, bigint>; messagesRead: number } {
    return { nextOffsets: this.nextOffsets, messagesRead: this.messagesRead };
  }

  /** The topics the handlers' events are on, plus the group's redrive topic. */
  get sourceTopics(): string[] {
    const topics = new Set([...this.handlers.values()].map((handler) => handler.event.topic));
    const redrive = this.options.replayOf ? redriveTopic(this.options.replayOf) : this.redriveTopic;
    return [...topics, redrive];
  }

  /** Read afresh each time: `stop()` may run while `connect()` awaits. */
  private get stopped(): boolean {
    return this.state === 'stopped';
  }

  /** Resolves once consuming; while Kafka is unreachable it keeps trying, like the relay. */
  async start(): Promise<void> {
    this.state = 'starting';
    void this.pruneInbox().catch((error: Error) =>
      this.logger.warn(`inbox pruning failed: ${error.message}`, 'InboxConsumer'),
    );
    this.pruning = setInterval(() => void this.pruneInbox().catch(() => undefined), hour).unref();
    await retryUntilDone(() => (this.connecting = this.connect()), {
      isCancelled: () => this.stopped,
      onFailure: (error, delay) => {
        this.lastError = `Kafka not reachable: ${error.message}`;
        this.logger.warn(`${this.lastError}; retrying in ${delay} ms`, 'InboxConsumer');
      },
    });
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    clearInterval(this.pruning);
    // A connect in flight finishes (and sees the stop) before we return: nothing outlives stop().
    await this.connecting?.catch(() => undefined);
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  /** Deletes inbox rows of this group older than the retention; returns how many. */
  async pruneInbox(): Promise<number> {
    const retentionMs = this.options.inboxRetentionMs ?? 30 * 24 * hour;
    const deleted = (await this.dataSource.query(
      `DELETE FROM inbox WHERE consumer_group = $1
       AND processed_at < now() - $2::bigint * interval '1 millisecond' RETURNING event_id`,
      [this.options.groupId, retentionMs],
    )) as [unknown[], number];
    return deleted[1];
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    // Topics are never auto-created: make sure what we read and where dead letters go exist.
    await ensureTopics(
      this.kafka,
      this.options.replayOf ? this.sourceTopics : [...this.sourceTopics, this.deadLetterTopic],
      this.options.topicSettings ?? defaultTopicSettings,
    );
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      ...(this.options.replayOf ? replayFetch : {}),
    });
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    consumer.on(consumer.events.GROUP_JOIN, () => this.groupJoins++);
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.lastError = payload.error.message;
    });
    try {
      await Promise.all([consumer.connect(), producer.connect()]);
      await consumer.subscribe({
        topics: this.sourceTopics,
        fromBeginning: this.options.fromBeginning ?? true,
      });
    } catch (error) {
      await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
      throw error;
    }
    // Stopped while connecting (a shutdown during start): nothing may keep running after stop().
    if (this.stopped) {
      await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
      return;
    }
    this.consumer = consumer;
    this.producer = producer;
    this.lastError = undefined;
    await consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        const applied = (message: KafkaMessage) => {
          resolveOffset(message.offset);
          this.nextOffsets.set(`${batch.topic}/${batch.partition}`, BigInt(message.offset) + 1n);
          this.lagByPartition.set(`${batch.topic}/${batch.partition}`, {
            topic: batch.topic,
            partition: batch.partition,
            lag: Number(batch.highWatermark) - Number(message.offset) - 1,
          });
        };
        if (this.options.batchApply && batch.messages.length > 1) {
          if (!isRunning() || isStale()) return;
          if (await this.applyBatch(batch.topic, batch.partition, batch.messages)) {
            this.messagesRead += batch.messages.length;
            applied(batch.messages[batch.messages.length - 1]!);
            await heartbeat();
            return;
          }
        }
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) return;
          await this.process(batch.topic, batch.partition, message, heartbeat);
          this.messagesRead++;
          applied(message);
          await heartbeat();
        }
      },
    });
    if (this.state === 'starting') this.state = 'running';
  }

  private async process(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const parsed = parseEvent(
      message.value ?? '',
      [...this.handlers.values()].map((h) => h.event),
    );
    if (!parsed.ok) {
      if (isElsewhereKnown(parsed)) return;
      return this.deadLetter(topic, partition, message, parsed.reason, parsed.error);
    }
    const { envelope, definition } = parsed;
    const handler = this.handlers.get(handlerKey(definition.type, definition.version))!;
    // The relay's span (Kafka header) or, for an event sent another way, its writer's (envelope).
    const parent = contextOfTraceparent(headerText(message, 'traceparent') ?? envelope.traceparent);
    const attributes = {
      ...this.spanAttributes(topic, partition),
      'messaging.kafka.offset': Number(message.offset),
      'cloudevents.event_id': envelope.id,
      'cloudevents.event_type': envelope.type,
      [correlationAttribute]: envelope.correlationid.slice(0, 128),
    };
    await inSpan(
      `${envelope.type} process`,
      { kind: SpanKind.CONSUMER, parent, attributes },
      (span) =>
        this.applyWithRetries(handler, envelope, topic, partition, message, heartbeat, span),
    );
  }

  private async applyWithRetries(
    handler: EventHandler,
    envelope: ConsumedEvent<EventDefinition>,
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    span: Span,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await runInRequestContext({ correlationId: envelope.correlationid }, () =>
          this.applyOnce(handler, envelope, topic, partition, message.offset),
        );
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const delay = this.retry(attempt);
        span.setAttribute('jobbnatet.attempts', attempt);
        if (delay === undefined)
          return this.deadLetter(topic, partition, message, 'handler-failed', reason);
        this.logger.warn(
          `event ${envelope.id} failed (attempt ${attempt}), retrying: ${reason}`,
          'InboxConsumer',
        );
        await waitHeartbeating(delay, heartbeat);
      }
    }
  }

  private spanAttributes(topic: string, partition: number) {
    return {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': topic,
      'messaging.destination.partition.id': String(partition),
      'messaging.consumer.group.name': this.options.groupId,
    };
  }

  private async applyOnce(
    handler: EventHandler,
    envelope: ConsumedEvent<EventDefinition>,
    topic: string,
    partition: number,
    offset: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // The group's lock and the inbox row in one round trip: the row is selected from the lock.
      const inserted = (await manager.query(
        `WITH paused AS (${groupLockSql('shared')})
         INSERT INTO inbox (consumer_group, event_id, topic, kafka_partition, kafka_offset)
         SELECT $1, $2, $3, $4, $5 FROM paused ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, envelope.id, topic, partition, offset],
      )) as unknown[];
      if (inserted.length === 0) return;
      await handler.handle(envelope, manager);
    });
  }

  /**
   * Applies a batch in one transaction, then dead-letters the messages no handler can read; false
   * (nothing written) when a handler failed, so the batch takes the per-event path with retries.
   */
  private async applyBatch(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
  ): Promise<boolean> {
    const definitions = [...this.handlers.values()].map((h) => h.event);
    const events: {
      envelope: ConsumedEvent<EventDefinition>;
      handler: EventHandler;
      offset: string;
    }[] = [];
    const unreadable: { message: KafkaMessage; reason: RefusalReason; error: string }[] = [];
    for (const message of messages) {
      const parsed = parseEvent(message.value ?? '', definitions);
      if (parsed.ok)
        events.push({
          envelope: parsed.envelope,
          handler: this.handlers.get(
            handlerKey(parsed.definition.type, parsed.definition.version),
          )!,
          offset: message.offset,
        });
      else if (!isElsewhereKnown(parsed))
        unreadable.push({ message, reason: parsed.reason, error: parsed.error });
    }
    // One span for the batch, linked to each event's trace.
    const links = tracingEnabled()
      ? events.flatMap(({ envelope }) => {
          const link = linkTo(envelope.traceparent);
          return link ? [link] : [];
        })
      : undefined;
    const attributes = {
      ...this.spanAttributes(topic, partition),
      'messaging.batch.message_count': messages.length,
    };
    try {
      await inSpan(`${topic} process`, { kind: SpanKind.CONSUMER, attributes, links }, () =>
        this.dataSource.transaction(async (manager) => {
          await manager.query(groupLockSql('shared'), [this.options.groupId]);
          if (events.length === 0) return;
          const inserted = (await manager.query(
            `INSERT INTO inbox (consumer_group, event_id, topic, kafka_partition, kafka_offset)
           SELECT $1, e.id, $2, $3, e.kafka_offset
           FROM unnest($4::uuid[], $5::bigint[]) AS e(id, kafka_offset)
           ON CONFLICT DO NOTHING RETURNING event_id`,
            [
              this.options.groupId,
              topic,
              partition,
              events.map((e) => e.envelope.id),
              events.map((e) => e.offset),
            ],
          )) as { event_id: string }[];
          const fresh = new Set(inserted.map((row) => row.event_id));
          // Per handler, in offset order; an id twice in the batch is applied at its first offset.
          const byHandler = new Map<EventHandler, ConsumedEvent<EventDefinition>[]>();
          for (const { envelope, handler } of events) {
            if (!fresh.delete(envelope.id)) continue;
            const batch = byHandler.get(handler);
            if (batch) batch.push(envelope);
            else byHandler.set(handler, [envelope]);
          }
          for (const [handler, batch] of byHandler) {
            if (handler.handleBatch) await handler.handleBatch(batch, manager);
            else for (const envelope of batch) await handler.handle(envelope, manager);
          }
        }),
      );
    } catch (error) {
      this.logger.warn(
        `batch at ${topic}/${partition}@${messages[0]?.offset} failed, applying it event by event: ${error instanceof Error ? error.message : String(error)}`,
        'InboxConsumer',
      );
      return false;
    }
    // What no handler can read never reaches one: it goes where the event-by-event path sends it,
    // after the batch's commit (a crash in between sends it again on the redelivery).
    for (const { message, reason, error } of unreadable)
      await this.deadLetter(topic, partition, message, reason, error);
    return true;
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: string,
  ): Promise<void> {
    if (this.options.replayOf) {
      if (reason !== 'handler-failed') return;
      // A rebuild that left an event out would not equal the live model: it stops here.
      this.replayFailure = `event at ${topic}/${partition}@${message.offset} failed: ${error}`;
      throw new Error(this.replayFailure);
    }
    this.logger.error(
      `event at ${topic}/${partition}@${message.offset} dead-lettered (${reason}): ${error}`,
      undefined,
      'InboxConsumer',
    );
    // A redriven event that fails again keeps the origin it had the first time.
    const origin: IHeaders =
      topic === this.redriveTopic
        ? {}
        : {
            [deadLetterHeaders.topic]: topic,
            [deadLetterHeaders.partition]: String(partition),
            [deadLetterHeaders.offset]: message.offset,
          };
    await this.producer!.send({
      topic: this.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            ...origin,
            [deadLetterHeaders.reason]: reason,
            [deadLetterHeaders.error]: error.slice(0, 1_000),
          },
        },
      ],
    });
    this.options.onDeadLetter?.(reason);
  }
}

function headerText(message: KafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

function handlerKey(type: string, version: number): string {
  return `${type}@v${version}`;
}

/** An event type of the platform's catalog that this group simply does not handle. */
function isElsewhereKnown(refused: { reason: RefusalReason; type?: string }): boolean {
  return refused.reason === 'unknown-type' && catalogTypes.has(refused.type ?? '');
}

const catalogTypes = new Set(eventCatalog.map((definition) => definition.type));

/** Waits out a retry delay in slices, heartbeating between them so the group keeps this member. */
async function waitHeartbeating(delayMs: number, heartbeat: () => Promise<void>): Promise<void> {
  const slice = 1_000;
  for (let left = delayMs; left > 0; left -= slice) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(slice, left)));
    await heartbeat();
  }
}
