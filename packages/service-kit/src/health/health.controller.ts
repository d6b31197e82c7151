import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { EventsStatus } from './events-status';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

/**
 * Liveness says the process runs. Readiness says it can take requests: its database answers.
 * Kafka is not part of it: while the broker is down writes go on into the outbox, so readiness only
 * reports the relay's and consumers' state (backlog, oldest unsent event, lag, last error).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly events: EventsStatus,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database(), () => this.outbox(), () => this.consumers()]);
  }

  private async database(): Promise<HealthIndicatorResult> {
    const check = this.indicator.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 2_000);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  /** Never down: a backlog is what the outbox is for. */
  private async outbox(): Promise<HealthIndicatorResult> {
    return this.indicator.check('outbox').up(await this.events.outbox());
  }

  private consumers(): HealthIndicatorResult {
    return this.indicator.check('consumers').up({ groups: this.events.consumers() });
  }
}
