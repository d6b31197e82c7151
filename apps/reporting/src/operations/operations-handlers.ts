import {
  followUpRecordedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  templateAppliedV1,
  trackCancelledV1,
  trackClosedV1,
  trackCreatedV1,
  trackPhaseChangedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import { office, swedishDay } from '@jobbnatet/domain-se';
import { BatchEventHandler, type EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstWins, insertRows, winnerPerKey } from '../read-models/multi-row';
import type { ReadModel } from '../read-models/read-model';

const readModel = 'operations';

@Injectable()
export class OperationsTrackHandler extends BatchEventHandler<typeof trackCreatedV1> {
  readonly event = trackCreatedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof trackCreatedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'operations_track (track_id, office_ids, municipality_codes, employer_ids, created_phase)',
      winnerPerKey(events, ({ data }) => data.trackId).map(({ data }) => [
        data.trackId,
        data.officeIds,
        data.municipalityCodes,
        data.employerIds,
        data.phase,
      ]),
      `ON CONFLICT (track_id) DO UPDATE SET office_ids = EXCLUDED.office_ids,
         municipality_codes = EXCLUDED.municipality_codes, employer_ids = EXCLUDED.employer_ids,
         created_phase = EXCLUDED.created_phase`,
    );
  }
}

/** Each change kept by the track's version; the highest is the phase, its day dates the entry. */
@Injectable()
export class OperationsPhaseHandler extends BatchEventHandler<typeof trackPhaseChangedV1> {
  readonly event = trackPhaseChangedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof trackPhaseChangedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'operations_track_phase (track_id, version, to_phase, changed_on)',
      winnerPerKey(events, ({ data }) => `${data.trackId}/${data.version}`, firstWins).map(
        ({ data }) => [data.trackId, data.version, data.to, swedishDay(new Date(data.changedAt))],
      ),
      'ON CONFLICT (track_id, version) DO NOTHING',
    );
  }
}

/** Cancelling and closing are final and carry no version, so they are kept apart and win. */
@Injectable()
export class OperationsCancelledHandler implements EventHandler<typeof trackCancelledV1> {
  readonly event = trackCancelledV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof trackCancelledV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO operations_track_end (track_id, phase) VALUES ($1, 'CANCELLED')
       ON CONFLICT (track_id) DO NOTHING`,
      [data.trackId],
    );
  }
}

@Injectable()
export class OperationsClosedHandler implements EventHandler<typeof trackClosedV1> {
  readonly event = trackClosedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof trackClosedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO operations_track_end (track_id, phase) VALUES ($1, 'CLOSED')
       ON CONFLICT (track_id) DO NOTHING`,
      [data.trackId],
    );
  }
}

/** The follow-up interval a method template set; the latest application wins. */
@Injectable()
export class OperationsScheduleHandler implements EventHandler<typeof templateAppliedV1> {
  readonly event = templateAppliedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof templateAppliedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO operations_follow_up_schedule (track_id, every_days, applied_at)
       VALUES ($1, $2, $3)
       ON CONFLICT (track_id) DO UPDATE SET every_days = EXCLUDED.every_days,
         applied_at = EXCLUDED.applied_at
       WHERE operations_follow_up_schedule.applied_at <= EXCLUDED.applied_at`,
      [data.trackId, data.followUpEveryDays, data.appliedAt],
    );
  }
}

@Injectable()
export class OperationsFollowUpHandler extends BatchEventHandler<typeof followUpRecordedV1> {
  readonly event = followUpRecordedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof followUpRecordedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'operations_follow_up (follow_up_id, track_id, held_on)',
      winnerPerKey(events, ({ data }) => data.followUpId, firstWins).map(({ data }) => [
        data.followUpId,
        data.trackId,
        data.heldOn,
      ]),
      'ON CONFLICT (follow_up_id) DO NOTHING',
    );
  }
}

/**
 * A job counting as work is due retention checks; the recording office owns them. Its
 * municipalities come from the office register, for a case worker's scope. No person is kept.
 */
@Injectable()
export class OperationsEmploymentHandler extends BatchEventHandler<typeof participantEmployedV1> {
  readonly event = participantEmployedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof participantEmployedV1>[], manager: EntityManager) {
    const jobs = events.filter(({ data }) => data.countsAsWork);
    await insertRows(
      manager,
      'operations_employment (outcome_id, office_id, municipality_codes, employer_id, start_date)',
      winnerPerKey(jobs, ({ data }) => data.outcomeId, firstWins).map(({ data }) => [
        data.outcomeId,
        data.officeId,
        office(data.officeId)?.municipalities.map((m) => m.code) ?? [],
        data.employerId,
        data.startDate,
      ]),
      'ON CONFLICT (outcome_id) DO NOTHING',
    );
  }
}

/** Any recorded check (UNKNOWN too) means the check was made. */
@Injectable()
export class OperationsRetentionHandler extends BatchEventHandler<
  typeof participantRetentionCheckedV1
> {
  readonly event = participantRetentionCheckedV1;
  readonly readModel = readModel;

  async handleBatch(
    events: ConsumedEvent<typeof participantRetentionCheckedV1>[],
    manager: EntityManager,
  ): Promise<void> {
    await insertRows(
      manager,
      'operations_retention_check (check_id, outcome_id, months_after_start)',
      winnerPerKey(events, ({ data }) => data.checkId, firstWins).map(({ data }) => [
        data.checkId,
        data.outcomeId,
        data.monthsAfterStart,
      ]),
      'ON CONFLICT (check_id) DO NOTHING',
    );
  }
}

export const operationsHandlers = [
  OperationsTrackHandler,
  OperationsPhaseHandler,
  OperationsCancelledHandler,
  OperationsClosedHandler,
  OperationsScheduleHandler,
  OperationsFollowUpHandler,
  OperationsEmploymentHandler,
  OperationsRetentionHandler,
];

/** The operations read model: its handlers and every table they write (rebuild and checksum). */
export const operationsReadModel: ReadModel = {
  name: 'operations',
  tables: [
    { name: 'operations_track' },
    { name: 'operations_track_phase' },
    { name: 'operations_track_end' },
    { name: 'operations_follow_up_schedule' },
    { name: 'operations_follow_up' },
    { name: 'operations_employment' },
    { name: 'operations_retention_check' },
  ],
  handlers: operationsHandlers,
};
