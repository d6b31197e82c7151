import {
  evaluationPublishedV1,
  participantAdmittedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const readModel = 'outcomes';

/** A participant admitted to a track: one of its cohort, dated and placed by the track's offices. */
@Injectable()
export class AdmissionHandler implements EventHandler<typeof participantAdmittedV1> {
  readonly event = participantAdmittedV1;
  readonly readModel = readModel;

  async handle(
    { data }: ConsumedEvent<typeof participantAdmittedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outcome_admission
         (track_id, participant_id, admitted_on, office_ids, municipality_codes, selected_by_employer_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (track_id, participant_id) DO UPDATE SET admitted_on = EXCLUDED.admitted_on,
         office_ids = EXCLUDED.office_ids, municipality_codes = EXCLUDED.municipality_codes,
         selected_by_employer_id = EXCLUDED.selected_by_employer_id`,
      [
        data.trackId,
        data.participantId,
        data.admittedOn,
        data.officeIds,
        data.municipalityCodes,
        data.selectedByEmployerId,
      ],
    );
  }
}

/** The employers a track was made with: an employer contact sees outcomes of those tracks. */
@Injectable()
export class TrackCreatedHandler implements EventHandler<typeof trackCreatedV1> {
  readonly event = trackCreatedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof trackCreatedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO outcome_track (track_id, employer_ids) VALUES ($1, $2)
       ON CONFLICT (track_id) DO UPDATE SET employer_ids = EXCLUDED.employer_ids`,
      [data.trackId, data.employerIds],
    );
  }
}

@Injectable()
export class EmploymentHandler implements EventHandler<typeof participantEmployedV1> {
  readonly event = participantEmployedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof participantEmployedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO outcome_employment (outcome_id, participant_id, employer_id, form, subsidy_kind,
         start_date, acquired, counts_as_work)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (outcome_id) DO NOTHING`,
      [
        data.outcomeId,
        data.participantId,
        data.employerId,
        data.form,
        data.subsidyKind,
        data.startDate,
        data.acquired,
        data.countsAsWork,
      ],
    );
  }
}

@Injectable()
export class RetentionHandler implements EventHandler<typeof participantRetentionCheckedV1> {
  readonly event = participantRetentionCheckedV1;
  readonly readModel = readModel;

  async handle(
    { data }: ConsumedEvent<typeof participantRetentionCheckedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outcome_retention_check (check_id, outcome_id, months_after_start, result, checked_on)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (check_id) DO NOTHING`,
      [data.checkId, data.outcomeId, data.monthsAfterStart, data.result, data.checkedOn],
    );
  }
}

/** The closing result; a later record for the same participant and track replaces an earlier one. */
@Injectable()
export class TrackResultHandler implements EventHandler<typeof trackParticipantResultRecordedV1> {
  readonly event = trackParticipantResultRecordedV1;
  readonly readModel = readModel;

  async handle(
    { data }: ConsumedEvent<typeof trackParticipantResultRecordedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outcome_track_result (track_id, participant_id, outcome, reason_code, recorded_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (track_id, participant_id) DO UPDATE
         SET outcome = EXCLUDED.outcome, reason_code = EXCLUDED.reason_code,
             recorded_at = EXCLUDED.recorded_at
         WHERE outcome_track_result.recorded_at <= EXCLUDED.recorded_at`,
      [data.trackId, data.participantId, data.outcome, data.reasonCode, data.recordedAt],
    );
  }
}

/** The joint evaluation's yes/no answers; a later publication (a new round) replaces an earlier one. */
@Injectable()
export class EvaluationPublishedHandler implements EventHandler<typeof evaluationPublishedV1> {
  readonly event = evaluationPublishedV1;
  readonly readModel = readModel;

  async handle(
    { data }: ConsumedEvent<typeof evaluationPublishedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outcome_evaluation
         (track_id, continued_need, new_starts, change_recommended, good_example, published_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (track_id) DO UPDATE SET continued_need = EXCLUDED.continued_need,
         new_starts = EXCLUDED.new_starts, change_recommended = EXCLUDED.change_recommended,
         good_example = EXCLUDED.good_example, published_at = EXCLUDED.published_at
         WHERE outcome_evaluation.published_at <= EXCLUDED.published_at`,
      [
        data.trackId,
        data.continuedNeed,
        data.newStarts,
        data.changeRecommended,
        data.goodExample,
        data.publishedAt,
      ],
    );
  }
}

export const outcomeHandlers = [
  AdmissionHandler,
  TrackCreatedHandler,
  EmploymentHandler,
  RetentionHandler,
  TrackResultHandler,
  EvaluationPublishedHandler,
];
