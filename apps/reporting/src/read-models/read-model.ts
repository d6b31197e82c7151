import type { EventHandler } from '@jobbnatet/service-kit';
import type { Type } from '@nestjs/common';

export interface ReadModelTable {
  /** A table in schema public, fed only by this read model's handlers. */
  name: string;
  /** Columns left out of the checksum because two correct builds may differ there (e.g. `now()`). */
  checksumExcludes?: string[];
}

/**
 * A read model as the rebuild and the checksum see it: its consumer group's handlers and every
 * table they write, declared once beside the handlers. Tables hold facts only: no foreign keys and
 * no sequences, so a fresh copy built from the events is the same table.
 */
export interface ReadModel {
  /** Its consumer group's suffix (`EventHandler.readModel`). */
  name: string;
  tables: readonly ReadModelTable[];
  handlers: readonly Type<EventHandler>[];
}
