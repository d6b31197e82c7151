import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  participantAdmittedV1,
  participantEmployedV1,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const readModel = 'funnel';

/** Where a track belongs: its offices, municipalities and employers scope its funnel. */
@Injectable()
export class FunnelTrackHandler implements EventHandler<typeof trackCreatedV1> {
  readonly event = trackCreatedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof trackCreatedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO funnel_track (track_id, office_ids, municipality_codes, employer_ids)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (track_id) DO UPDATE SET office_ids = EXCLUDED.office_ids,
         municipality_codes = EXCLUDED.municipality_codes, employer_ids = EXCLUDED.employer_ids`,
      [data.trackId, data.officeIds, data.municipalityCodes, data.employerIds],
    );
  }
}

const recordStatus = (
  manager: EntityManager,
  trackId: string,
  participantId: string,
  status: string,
) =>
  manager.query(
    `INSERT INTO funnel_candidate_status (track_id, participant_id, status) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [trackId, participantId, status],
  );

@Injectable()
export class FunnelIdentifiedHandler implements EventHandler<typeof candidateIdentifiedV1> {
  readonly event = candidateIdentifiedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof candidateIdentifiedV1>, manager: EntityManager) {
    await recordStatus(manager, data.trackId, data.participantId, 'IDENTIFIED');
  }
}

/** A step of the pipeline; NOT_ADMITTED is no stage reached, so it is not kept. */
@Injectable()
export class FunnelAdvancedHandler implements EventHandler<typeof candidateAdvancedV1> {
  readonly event = candidateAdvancedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof candidateAdvancedV1>, manager: EntityManager) {
    if (data.to !== 'NOT_ADMITTED')
      await recordStatus(manager, data.trackId, data.participantId, data.to);
  }
}

@Injectable()
export class FunnelAdmissionHandler implements EventHandler<typeof participantAdmittedV1> {
  readonly event = participantAdmittedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof participantAdmittedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO funnel_admission (track_id, participant_id, admitted_on, selected_by_employer_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (track_id, participant_id) DO UPDATE SET admitted_on = EXCLUDED.admitted_on,
         selected_by_employer_id = EXCLUDED.selected_by_employer_id`,
      [data.trackId, data.participantId, data.admittedOn, data.selectedByEmployerId],
    );
  }
}

/** The closing result; a later record for the same participant and track replaces an earlier one. */
@Injectable()
export class FunnelResultHandler implements EventHandler<typeof trackParticipantResultRecordedV1> {
  readonly event = trackParticipantResultRecordedV1;
  readonly readModel = readModel;

  async handle(
    { data }: ConsumedEvent<typeof trackParticipantResultRecordedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO funnel_track_result (track_id, participant_id, outcome, recorded_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (track_id, participant_id) DO UPDATE
         SET outcome = EXCLUDED.outcome, recorded_at = EXCLUDED.recorded_at
         WHERE funnel_track_result.recorded_at <= EXCLUDED.recorded_at`,
      [data.trackId, data.participantId, data.outcome, data.recordedAt],
    );
  }
}

@Injectable()
export class FunnelEmploymentHandler implements EventHandler<typeof participantEmployedV1> {
  readonly event = participantEmployedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof participantEmployedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO funnel_employment (outcome_id, participant_id, start_date, counts_as_work)
       VALUES ($1, $2, $3, $4) ON CONFLICT (outcome_id) DO NOTHING`,
      [data.outcomeId, data.participantId, data.startDate, data.countsAsWork],
    );
  }
}

export const funnelHandlers = [
  FunnelTrackHandler,
  FunnelIdentifiedHandler,
  FunnelAdvancedHandler,
  FunnelAdmissionHandler,
  FunnelResultHandler,
  FunnelEmploymentHandler,
];
