import {
  type ConsumedEvent,
  interventionTypeAddedV1,
  offeringCreatedV1,
  offeringStatusChangedV1,
} from '@jobbnatet/contracts';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  interventionTypeNotReplicated,
  offeringCancelled,
  offeringNotReplicated,
} from './chain.errors';

// The replica of the activities catalogue the chain refers to. Each handler is idempotent: the
// kit's inbox applies an event id once, and a status change older than the one held is ignored.

@Injectable()
export class OfferingCreatedHandler implements EventHandler<typeof offeringCreatedV1> {
  readonly event = offeringCreatedV1;

  async handle(event: ConsumedEvent<typeof offeringCreatedV1>, manager: EntityManager) {
    const { offeringId, typeCode, providerId, fromDate, toDate, status } = event.data;
    await manager.query(
      `INSERT INTO offering_replica (offering_id, type_code, provider_id, from_date, to_date, status,
         status_version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 1, now()) ON CONFLICT (offering_id) DO NOTHING`,
      [offeringId, typeCode, providerId, fromDate, toDate, status],
    );
  }
}

/**
 * Offering events share the offering's key, so its creation arrives first; a change of one never
 * seen (created before this replica existed) is skipped rather than guessed at.
 */
@Injectable()
export class OfferingStatusChangedHandler implements EventHandler<typeof offeringStatusChangedV1> {
  readonly event = offeringStatusChangedV1;

  async handle(event: ConsumedEvent<typeof offeringStatusChangedV1>, manager: EntityManager) {
    const { offeringId, to, version } = event.data;
    await manager.query(
      `UPDATE offering_replica SET status = $2, status_version = $3, updated_at = now()
       WHERE offering_id = $1 AND status_version < $3`,
      [offeringId, to, version],
    );
  }
}

@Injectable()
export class InterventionTypeAddedHandler implements EventHandler<typeof interventionTypeAddedV1> {
  readonly event = interventionTypeAddedV1;

  async handle(event: ConsumedEvent<typeof interventionTypeAddedV1>, manager: EntityManager) {
    const { typeCode, category, defaultDurationDays } = event.data;
    await manager.query(
      `INSERT INTO intervention_type_replica (code, category, default_duration_days)
       VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
      [typeCode, category, defaultDurationDays],
    );
  }
}

export const catalogueReplicaHandlers = [
  OfferingCreatedHandler,
  OfferingStatusChangedHandler,
  InterventionTypeAddedHandler,
];

/** What a command checks against the replica: retryable errors for what it has not seen yet. */
@Injectable()
export class CatalogueReplica {
  async requireType(manager: EntityManager, code: string, field: string): Promise<void> {
    const rows = (await manager.query('SELECT 1 FROM intervention_type_replica WHERE code = $1', [
      code,
    ])) as unknown[];
    if (rows.length === 0) throw interventionTypeNotReplicated(field);
  }

  /** The offering's type code, once the replica has seen it and it is not cancelled. */
  async requireOffering(
    manager: EntityManager,
    offeringId: string,
    field: string,
  ): Promise<string> {
    const [row] = (await manager.query(
      'SELECT type_code, status FROM offering_replica WHERE offering_id = $1 FOR SHARE',
      [offeringId],
    )) as { type_code: string; status: string }[];
    if (!row) throw offeringNotReplicated(field);
    if (row.status === 'CANCELLED') throw offeringCancelled(field);
    return row.type_code;
  }
}
