import type { LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { outboxChannel } from './outbox';

/** What the relay needs from Kafka: one batched, idempotent send per drained batch. */
export interface OutboxSink {
  send(batch: { topic: string; messages: { key: string; value: string }[] }[]): Promise<void>;
}

export interface OutboxRelayOptions {
  /** The database URL the LISTEN connection uses (the pool's own URL). */
  listenUrl: string;
  batchSize?: number;
  /** Safety net only: the relay is woken by NOTIFY on commit, not by this poll. */
  pollIntervalMs?: number;
}

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  payload: string;
}

/**
 * Drains the outbox to Kafka: lock a batch (`FOR UPDATE SKIP LOCKED`, so relays of several
 * instances share the work), send it in one request, delete it, commit. There is no "last seen"
 * cursor: a row whose transaction commits late is simply found by the next drain.
 * If the process dies between send and commit the batch is sent again; consumers dedupe by event id.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private reconnect?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wakeAgain = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sink: OutboxSink,
    private readonly logger: LoggerService,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 2_000;
  }

  /** True between start() and stop(): the relay is forwarding the outbox to Kafka. */
  get running(): boolean {
    return !this.stopped;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen().catch((error: Error) => this.scheduleReconnect(error));
    this.poll = setInterval(() => this.wake(), this.pollIntervalMs);
    this.wake();
  }

  /** Stops listening, then flushes what is left so that a graceful shutdown loses nothing. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.draining;
    await this.drainAll().catch((error: Error) =>
      this.logger.warn(`final flush failed: ${error.message}`, 'OutboxRelay'),
    );
  }

  /** Starts a drain now, or right after the one in progress; never two at once in one process. */
  wake(): void {
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drainAll()
      .catch((error: Error) =>
        this.logger.warn(`drain failed, will retry: ${error.message}`, 'OutboxRelay'),
      )
      .finally(() => {
        this.draining = undefined;
        if (this.wakeAgain && !this.stopped) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  /** Drains until the outbox is empty; returns how many events were sent. */
  async drainAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.drainBatch();
      total += sent;
      if (sent < this.batchSize) return total;
    }
  }

  private async drainBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT seq, topic, message_key, payload FROM outbox
         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      )) as OutboxRow[];
      if (rows.length === 0) return 0;
      await this.sink.send(groupByTopic(rows));
      await manager.query('DELETE FROM outbox WHERE seq = ANY($1::bigint[])', [
        rows.map((row) => row.seq),
      ]);
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.listenUrl });
    client.on('error', (error) => this.scheduleReconnect(error));
    client.on('notification', () => this.wake());
    await client.connect();
    await client.query(`LISTEN ${outboxChannel}`);
    if (this.stopped) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  /** A lost LISTEN connection (e.g. PostgreSQL restarted) is re-opened; the poll covers the gap. */
  private scheduleReconnect(error: Error): void {
    this.logger.warn(`outbox listener lost: ${error.message}`, 'OutboxRelay');
    const broken = this.listener;
    this.listener = undefined;
    void broken?.end().catch(() => undefined);
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (this.stopped) return;
      this.listen()
        .then(() => this.wake())
        .catch((next: Error) => this.scheduleReconnect(next));
    }, 1_000);
  }
}

function groupByTopic(
  rows: OutboxRow[],
): { topic: string; messages: { key: string; value: string }[] }[] {
  const byTopic = new Map<string, { key: string; value: string }[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: row.payload });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
