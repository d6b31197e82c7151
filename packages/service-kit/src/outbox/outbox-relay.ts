import {
  contextOfTraceparent,
  currentTraceparent,
  markFailed,
  SpanKind,
  startSpan,
  tracingEnabled,
  type Span,
} from '@jobbnatet/telemetry';
import type { LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import { maxRecordBatchBytes } from '../kafka/topic-settings';
import { outboxChannel } from './outbox';

export interface OutboxMessage {
  key: string;
  value: string;
  /** Kafka headers: the relay's span as `traceparent`, when tracing is on. */
  headers?: Record<string, string>;
}

export type OutboxBatch = { topic: string; messages: OutboxMessage[] }[];

/** What the relay needs from Kafka: one batched, idempotent send per drained batch. */
export interface OutboxSink {
  send(batch: OutboxBatch): Promise<void>;
}

export interface OutboxRelayOptions {
  /** The database the relay's own session connects to: it LISTENs, holds the lock and drains there. */
  sessionUrl: string;
  /** Most events one drain step reads and sends in one request (default 2 000). */
  batchSize?: number;
  /**
   * Most payload bytes in one request (default 2 MiB): Kafka refuses a partition's record batch over
   * the topic's `max.message.bytes` (4 MiB on kit topics), and keys, headers and framing add about
   * 200 bytes per event. A batch holds at least one event, however large.
   */
  maxBatchBytes?: number;
  /**
   * The active relay's safety-net poll (it is woken by NOTIFY on commit) and how often a standby
   * tries to take over.
   */
  pollIntervalMs?: number;
  /** How long to wait before re-opening a lost session. */
  reconnectDelayMs?: number;
  /** Told of every batch Kafka acknowledged and the outbox let go of (metrics). */
  onBatchSent?: (batch: OutboxBatch, seconds: number) => void;
}

/**
 * `active` holds the service's relay lock and drains; `standby` waits to take over; `connecting`
 * has no session (PostgreSQL unreachable, or just lost).
 */
export type RelayRole = 'stopped' | 'connecting' | 'standby' | 'active';

export interface RelayStatus {
  role: RelayRole;
  /** The last failure to reach PostgreSQL or Kafka, cleared by the next successful drain. */
  lastError?: string;
}

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  payload: string;
  traceparent: string | null;
  /** bigint, as node-postgres reads it. */
  candidates: string;
}

/** One lock per database, and each service has its own database: one active relay per service. */
const relayLockKey = "hashtext('jobbnatet.outbox-relay')";

/**
 * Drains the outbox to Kafka in commit order, with one active relay per service however many
 * instances run (docs/adr/0004). Each relay opens its own PostgreSQL session; the one that gets the
 * session-level advisory lock drains, the others stand by and retry the lock. The lock, the LISTEN
 * and the drains share that session, so a relay that loses its connection (crash, network) loses the
 * lock and its ability to drain in the same instant, and PostgreSQL hands the lock to the next one.
 * A drain reads the oldest batch by `seq`, sends it in one request and deletes it. If the relay dies
 * between send and delete, the batch is sent again; consumers dedupe by event id.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly maxBatchBytes: number;
  private readonly pollIntervalMs: number;
  private readonly reconnectDelayMs: number;
  private session?: Client;
  private poll?: NodeJS.Timeout;
  private reconnect?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wakeAgain = false;
  private currentRole: RelayRole = 'stopped';
  private lastError?: string;

  constructor(
    private readonly sink: OutboxSink,
    private readonly logger: LoggerService,
    private readonly options: OutboxRelayOptions,
  ) {
    // Larger batches cost less CPU per event (about 27 µs at 2 000 against 38 µs at 500).
    this.batchSize = options.batchSize ?? 2_000;
    this.maxBatchBytes = options.maxBatchBytes ?? maxRecordBatchBytes / 2;
    this.pollIntervalMs = options.pollIntervalMs ?? 2_000;
    this.reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
  }

  get role(): RelayRole {
    return this.currentRole;
  }

  get status(): RelayStatus {
    return { role: this.currentRole, ...(this.lastError ? { lastError: this.lastError } : {}) };
  }

  /** Opens the session and takes the lead if no other instance holds it; retries in the background. */
  async start(): Promise<void> {
    if (this.currentRole !== 'stopped') return;
    this.currentRole = 'connecting';
    this.poll = setInterval(() => this.tick(), this.pollIntervalMs);
    await this.openSession().catch((error: Error) => this.sessionLost(error));
  }

  /** Stops; the active relay first flushes what is left, so a graceful shutdown loses nothing. */
  async stop(): Promise<void> {
    if (this.currentRole === 'stopped') return;
    const wasActive = this.currentRole === 'active';
    this.currentRole = 'stopped';
    clearInterval(this.poll);
    clearTimeout(this.reconnect);
    await this.draining;
    const session = this.session;
    if (wasActive && session) {
      await this.drainAll(session).catch((error: Error) =>
        this.logger.warn(`final flush failed: ${error.message}`, 'OutboxRelay'),
      );
    }
    this.session = undefined;
    // Ending the session releases the lock: a standby takes over at its next try.
    await session?.end().catch(() => undefined);
  }

  /** Drains now, or right after the drain in progress; never two at once in one process. */
  wake(): void {
    if (this.currentRole !== 'active' || !this.session) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    const session = this.session;
    this.draining = this.drainAll(session)
      .then(() => (this.lastError = undefined))
      .catch((error: Error) => this.drainFailed(error))
      .finally(() => {
        this.draining = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  private tick(): void {
    if (this.currentRole === 'active') this.wake();
    else if (this.currentRole === 'standby') void this.tryToLead();
  }

  private async openSession(): Promise<void> {
    const session = new Client({ connectionString: this.options.sessionUrl });
    session.on('error', (error) => this.sessionLost(error, session));
    session.on('end', () => this.sessionLost(new Error('connection closed'), session));
    session.on('notification', () => this.wake());
    try {
      await session.connect();
      await session.query(`LISTEN ${outboxChannel}`);
    } catch (error) {
      await session.end().catch(() => undefined);
      throw error;
    }
    if (this.currentRole !== 'connecting') {
      await session.end();
      return;
    }
    this.session = session;
    this.currentRole = 'standby';
    await this.tryToLead();
  }

  private async tryToLead(): Promise<void> {
    const session = this.session;
    if (!session || this.currentRole !== 'standby') return;
    try {
      const { rows } = await session.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_lock(${relayLockKey}) AS locked`,
      );
      if (!rows[0]?.locked || this.currentRole !== 'standby' || this.session !== session) return;
      this.currentRole = 'active';
      this.logger.log('this instance now drains the outbox', 'OutboxRelay');
      this.wake();
    } catch (error) {
      this.sessionLost(error as Error, session);
    }
  }

  /** A lost session also lost the lock and any drain on it; re-open and stand by again. */
  private sessionLost(error: Error, session?: Client): void {
    // Events of a session that is not (or not yet) the current one are handled where it was opened.
    if (this.currentRole === 'stopped' || (session && session !== this.session)) return;
    session ??= this.session;
    this.lastError = `database session lost: ${error.message}`;
    this.logger.warn(this.lastError, 'OutboxRelay');
    this.session = undefined;
    void session?.end().catch(() => undefined);
    if (this.reconnect) return;
    this.currentRole = 'connecting';
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (this.currentRole !== 'connecting') return;
      this.openSession().catch((next: Error) => this.sessionLost(next));
    }, this.reconnectDelayMs);
  }

  private drainFailed(error: Error): void {
    this.lastError = error.message;
    this.logger.warn(`drain failed, will retry: ${error.message}`, 'OutboxRelay');
  }

  /**
   * Drains until the outbox is empty; returns how many events were sent. While Kafka takes one
   * batch, the session already reads the next (the oldest rows not in flight), so PostgreSQL's time
   * hides behind Kafka's. Sends stay one at a time, in `seq` order.
   */
  private async drainAll(session: Client): Promise<number> {
    let total = 0;
    let rows = await this.read(session, []);
    while (rows.length > 0) {
      const next = this.isFull(rows) ? this.read(session, rows) : undefined;
      try {
        await this.send(session, rows);
      } catch (error) {
        await next?.catch(() => undefined);
        throw error;
      }
      total += rows.length;
      rows = (await next) ?? [];
    }
    return total;
  }

  /**
   * The oldest batch, leaving out the rows of the batch in flight (read before it is deleted): up to
   * `batchSize` events whose payloads add up to `maxBatchBytes` at most, or the oldest event alone.
   * Each row also tells how many the count limit let through (`candidates`).
   */
  private async read(session: Client, inFlight: OutboxRow[]): Promise<OutboxRow[]> {
    const { rows } = await session.query<OutboxRow>(
      `SELECT seq, topic, message_key, payload, traceparent, candidates FROM (
         SELECT *, count(*) OVER () AS candidates FROM (
           SELECT seq, topic, message_key, payload, traceparent,
                  sum(octet_length(payload)) OVER (ORDER BY seq) AS bytes
           FROM outbox WHERE seq <> ALL($1::bigint[]) ORDER BY seq LIMIT $2
         ) oldest
       ) counted WHERE bytes <= $3 OR bytes = octet_length(payload) ORDER BY seq`,
      [inFlight.map((row) => row.seq), this.batchSize, this.maxBatchBytes],
    );
    return rows;
  }

  /** A batch cut by either limit: more events are waiting behind it. */
  private isFull(rows: OutboxRow[]): boolean {
    return rows.length === this.batchSize || Number(rows[0]?.candidates ?? 0) > rows.length;
  }

  /** Sends one batch in one request and lets go of it once Kafka acknowledged it. */
  private async send(session: Client, rows: OutboxRow[]): Promise<void> {
    const startedAt = process.hrtime.bigint();
    const spans = tracingEnabled() ? rows.map(producerSpan) : undefined;
    const batch = groupByTopic(rows, spans);
    try {
      await this.sink.send(batch);
      await session.query('DELETE FROM outbox WHERE seq = ANY($1::bigint[])', [
        rows.map((row) => row.seq),
      ]);
    } catch (error) {
      spans?.forEach((span) => markFailed(span, error));
      throw error;
    } finally {
      spans?.forEach((span) => span.end());
    }
    this.options.onBatchSent?.(batch, Number(process.hrtime.bigint() - startedAt) / 1e9);
  }
}

/** Continues each event's trace from its writer to Kafka: a producer span per event. */
function producerSpan(row: OutboxRow): Span {
  return startSpan(`${row.topic} publish`, {
    kind: SpanKind.PRODUCER,
    parent: contextOfTraceparent(row.traceparent ?? undefined),
    attributes: {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'send',
      'messaging.destination.name': row.topic,
    },
  });
}

function groupByTopic(rows: OutboxRow[], spans?: Span[]): OutboxBatch {
  const byTopic = new Map<string, OutboxMessage[]>();
  rows.forEach((row, index) => {
    const messages = byTopic.get(row.topic) ?? [];
    const span = spans?.[index];
    const traceparent = span && currentTraceparent(span);
    messages.push({
      key: row.message_key,
      value: row.payload,
      ...(traceparent ? { headers: { traceparent } } : {}),
    });
    byTopic.set(row.topic, messages);
  });
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
