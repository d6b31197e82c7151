import {
  enrolmentCompletedV1,
  enrolmentCreatedV1,
  enrolmentInterruptedV1,
  enrolmentStartedV1,
  participantActivitySupportRecordedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReadModel } from '../read-models/read-model';

const readModel = 'costs';

/** A period of activity support; recording the same period again replaces it (a correction). */
@Injectable()
export class ActivitySupportHandler
  implements EventHandler<typeof participantActivitySupportRecordedV1>
{
  readonly event = participantActivitySupportRecordedV1;
  readonly readModel = readModel;

  async handle(
    { data }: ConsumedEvent<typeof participantActivitySupportRecordedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO cost_activity_support (period_id, participant_id, from_date, to_date, daily_amount)
       VALUES ($1, $2, $3, $4, round($5::numeric, 2))
       ON CONFLICT (period_id) DO UPDATE SET participant_id = EXCLUDED.participant_id,
         from_date = EXCLUDED.from_date, to_date = EXCLUDED.to_date,
         daily_amount = EXCLUDED.daily_amount`,
      [data.periodId, data.participantId, data.fromDate, data.toDate, String(data.dailyAmount)],
    );
  }
}

/**
 * Each enrolment event fills its own columns of the one row (created: price and planned start;
 * started; interrupted; completed: the final price), so the row is the same whatever the order.
 */
function upsertEnrolment(
  manager: EntityManager,
  enrolmentId: string,
  participantId: string,
  columns: Record<string, unknown>,
): Promise<unknown> {
  const names = Object.keys(columns);
  const values = Object.values(columns);
  return manager.query(
    `INSERT INTO cost_enrolment (enrolment_id, participant_id, ${names.join(', ')})
     VALUES ($1, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')})
     ON CONFLICT (enrolment_id) DO UPDATE SET
       ${names.map((n) => `${n} = EXCLUDED.${n}`).join(', ')}`,
    [enrolmentId, participantId, ...values],
  );
}

@Injectable()
export class EnrolmentCreatedHandler implements EventHandler<typeof enrolmentCreatedV1> {
  readonly event = enrolmentCreatedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof enrolmentCreatedV1>, manager: EntityManager) {
    await upsertEnrolment(manager, data.enrolmentId, data.participantId, {
      planned_from: data.plannedFrom,
      cost: data.costPerParticipant,
    });
  }
}

@Injectable()
export class EnrolmentStartedHandler implements EventHandler<typeof enrolmentStartedV1> {
  readonly event = enrolmentStartedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof enrolmentStartedV1>, manager: EntityManager) {
    await upsertEnrolment(manager, data.enrolmentId, data.participantId, {
      started_on: data.startedOn,
    });
  }
}

/** Interrupted from PLANNED is a cancellation before the start: the place then costs nothing. */
@Injectable()
export class EnrolmentInterruptedHandler implements EventHandler<typeof enrolmentInterruptedV1> {
  readonly event = enrolmentInterruptedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof enrolmentInterruptedV1>, manager: EntityManager) {
    await upsertEnrolment(manager, data.enrolmentId, data.participantId, {
      interrupted_from: data.from,
    });
  }
}

@Injectable()
export class EnrolmentCompletedHandler implements EventHandler<typeof enrolmentCompletedV1> {
  readonly event = enrolmentCompletedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof enrolmentCompletedV1>, manager: EntityManager) {
    await upsertEnrolment(manager, data.enrolmentId, data.participantId, {
      completed_cost: data.costPerParticipant,
    });
  }
}

export const costHandlers = [
  ActivitySupportHandler,
  EnrolmentCreatedHandler,
  EnrolmentStartedHandler,
  EnrolmentInterruptedHandler,
  EnrolmentCompletedHandler,
];

/** The costs read model: its handlers and every table they write (rebuild and checksum). */
export const costsReadModel: ReadModel = {
  name: 'costs',
  tables: [{ name: 'cost_activity_support' }, { name: 'cost_enrolment' }],
  handlers: costHandlers,
};
