import {
  evaluationPublishedV1,
  participantAdmittedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import { BatchEventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstWins, insertRows, laterOrEqualWins, winnerPerKey } from '../read-models/multi-row';
import type { ReadModel } from '../read-models/read-model';

const readModel = 'outcomes';

/** A participant admitted to a track: one of its cohort, dated and placed by the track's offices. */
@Injectable()
export class AdmissionHandler extends BatchEventHandler<typeof participantAdmittedV1> {
  readonly event = participantAdmittedV1;
  readonly readModel = readModel;

  async handleBatch(
    events: ConsumedEvent<typeof participantAdmittedV1>[],
    manager: EntityManager,
  ): Promise<void> {
    const latest = winnerPerKey(events, ({ data }) => `${data.trackId}/${data.participantId}`);
    await insertRows(
      manager,
      `outcome_admission (track_id, participant_id, admitted_on, office_ids, municipality_codes,
         selected_by_employer_id)`,
      latest.map(({ data }) => [
        data.trackId,
        data.participantId,
        data.admittedOn,
        data.officeIds,
        data.municipalityCodes,
        data.selectedByEmployerId,
      ]),
      `ON CONFLICT (track_id, participant_id) DO UPDATE SET admitted_on = EXCLUDED.admitted_on,
         office_ids = EXCLUDED.office_ids, municipality_codes = EXCLUDED.municipality_codes,
         selected_by_employer_id = EXCLUDED.selected_by_employer_id`,
    );
  }
}

/** The employers a track was made with: an employer contact sees outcomes of those tracks. */
@Injectable()
export class TrackCreatedHandler extends BatchEventHandler<typeof trackCreatedV1> {
  readonly event = trackCreatedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof trackCreatedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'outcome_track (track_id, employer_ids)',
      winnerPerKey(events, ({ data }) => data.trackId).map(({ data }) => [
        data.trackId,
        data.employerIds,
      ]),
      'ON CONFLICT (track_id) DO UPDATE SET employer_ids = EXCLUDED.employer_ids',
    );
  }
}

@Injectable()
export class EmploymentHandler extends BatchEventHandler<typeof participantEmployedV1> {
  readonly event = participantEmployedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof participantEmployedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      `outcome_employment (outcome_id, participant_id, employer_id, form, subsidy_kind, start_date,
         acquired, counts_as_work)`,
      winnerPerKey(events, ({ data }) => data.outcomeId, firstWins).map(({ data }) => [
        data.outcomeId,
        data.participantId,
        data.employerId,
        data.form,
        data.subsidyKind,
        data.startDate,
        data.acquired,
        data.countsAsWork,
      ]),
      'ON CONFLICT (outcome_id) DO NOTHING',
    );
  }
}

@Injectable()
export class RetentionHandler extends BatchEventHandler<typeof participantRetentionCheckedV1> {
  readonly event = participantRetentionCheckedV1;
  readonly readModel = readModel;

  async handleBatch(
    events: ConsumedEvent<typeof participantRetentionCheckedV1>[],
    manager: EntityManager,
  ): Promise<void> {
    await insertRows(
      manager,
      'outcome_retention_check (check_id, outcome_id, months_after_start, result, checked_on)',
      winnerPerKey(events, ({ data }) => data.checkId, firstWins).map(({ data }) => [
        data.checkId,
        data.outcomeId,
        data.monthsAfterStart,
        data.result,
        data.checkedOn,
      ]),
      'ON CONFLICT (check_id) DO NOTHING',
    );
  }
}

/** The closing result; a later record for the same participant and track replaces an earlier one. */
@Injectable()
export class TrackResultHandler extends BatchEventHandler<typeof trackParticipantResultRecordedV1> {
  readonly event = trackParticipantResultRecordedV1;
  readonly readModel = readModel;

  async handleBatch(
    events: ConsumedEvent<typeof trackParticipantResultRecordedV1>[],
    manager: EntityManager,
  ): Promise<void> {
    const latest = winnerPerKey(
      events,
      ({ data }) => `${data.trackId}/${data.participantId}`,
      laterOrEqualWins(({ data }) => data.recordedAt),
    );
    await insertRows(
      manager,
      'outcome_track_result (track_id, participant_id, outcome, reason_code, recorded_at)',
      latest.map(({ data }) => [
        data.trackId,
        data.participantId,
        data.outcome,
        data.reasonCode,
        data.recordedAt,
      ]),
      `ON CONFLICT (track_id, participant_id) DO UPDATE
         SET outcome = EXCLUDED.outcome, reason_code = EXCLUDED.reason_code,
             recorded_at = EXCLUDED.recorded_at
         WHERE outcome_track_result.recorded_at <= EXCLUDED.recorded_at`,
    );
  }
}

/** The joint evaluation's yes/no answers; a later publication (a new round) replaces an earlier one. */
@Injectable()
export class EvaluationPublishedHandler extends BatchEventHandler<typeof evaluationPublishedV1> {
  readonly event = evaluationPublishedV1;
  readonly readModel = readModel;

  async handleBatch(
    events: ConsumedEvent<typeof evaluationPublishedV1>[],
    manager: EntityManager,
  ): Promise<void> {
    const latest = winnerPerKey(
      events,
      ({ data }) => data.trackId,
      laterOrEqualWins(({ data }) => data.publishedAt),
    );
    await insertRows(
      manager,
      `outcome_evaluation (track_id, continued_need, new_starts, change_recommended, good_example,
         published_at)`,
      latest.map(({ data }) => [
        data.trackId,
        data.continuedNeed,
        data.newStarts,
        data.changeRecommended,
        data.goodExample,
        data.publishedAt,
      ]),
      `ON CONFLICT (track_id) DO UPDATE SET continued_need = EXCLUDED.continued_need,
         new_starts = EXCLUDED.new_starts, change_recommended = EXCLUDED.change_recommended,
         good_example = EXCLUDED.good_example, published_at = EXCLUDED.published_at
         WHERE outcome_evaluation.published_at <= EXCLUDED.published_at`,
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

/** The outcomes read model: its handlers and every table they write (rebuild and checksum). */
export const outcomesReadModel: ReadModel = {
  name: readModel,
  tables: [
    { name: 'outcome_admission' },
    { name: 'outcome_track' },
    { name: 'outcome_employment' },
    { name: 'outcome_retention_check' },
    { name: 'outcome_track_result' },
    { name: 'outcome_evaluation' },
  ],
  handlers: outcomeHandlers,
};
