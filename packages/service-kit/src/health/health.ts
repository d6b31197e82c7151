import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../outbox/outbox-relay';
import { KAFKA_ADMIN } from '../tokens';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

/**
 * Liveness says the process runs; readiness says it can do its job: PostgreSQL and Kafka answer and
 * the outbox relay is publishing.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(KAFKA_ADMIN) private readonly kafkaAdmin: Admin,
    private readonly relay: OutboxRelay,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [database, kafka] = await Promise.all([
      this.check(() => this.dataSource.query('SELECT 1')),
      this.check(async () => {
        await this.kafkaAdmin.connect();
        await this.kafkaAdmin.describeCluster();
      }),
    ]);
    // The relay runs once the service's topics exist: until then its events cannot be published.
    const relay = this.relay.running ? 'up' : 'down';
    const ready = database === 'up' && kafka === 'up' && relay === 'up';
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'not ready', database, kafka, relay });
  }

  private async check(probe: () => Promise<unknown>): Promise<'up' | 'down'> {
    try {
      await withTimeout(probe(), 2_000);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
