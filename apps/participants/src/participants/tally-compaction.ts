import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

const everyMs = 30_000;

/**
 * Writers append their tally deltas as rows (migration ParticipantTallyDeltas): nobody waits on a
 * counter, and a count sums an office's rows. This folds them into one row per office and status,
 * at start and every 30 s, so that sum stays over a handful of rows.
 */
@Injectable()
export class TallyCompaction implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const run = () => {
      this.running ??= this.compact()
        // A failed fold changes nothing (one statement); the next one catches up.
        .catch(() => undefined)
        .finally(() => (this.running = undefined));
    };
    run();
    this.timer = setInterval(run, everyMs).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * One statement: the rows it sees are deleted and their sums inserted, so every reader sees the
   * same counts before and after, and deltas committed meanwhile are left for the next fold.
   */
  async compact(): Promise<void> {
    await this.dataSource.query(`
      WITH folded AS (DELETE FROM participant_tally RETURNING office_id, status, participants)
      INSERT INTO participant_tally (office_id, status, participants)
      SELECT office_id, status, sum(participants) FROM folded GROUP BY 1, 2
      HAVING sum(participants) <> 0`);
  }
}
