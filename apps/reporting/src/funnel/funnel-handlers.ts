import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  participantAdmittedV1,
  participantEmployedV1,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import { BatchEventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstWins, insertRows, laterOrEqualWins, winnerPerKey } from '../read-models/multi-row';
import type { ReadModel } from '../read-models/read-model';

const readModel = 'funnel';

/** Where a track belongs: its offices, municipalities and employers scope its funnel. */
@Injectable()
export class FunnelTrackHandler extends BatchEventHandler<typeof trackCreatedV1> {
  readonly event = trackCreatedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof trackCreatedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'funnel_track (track_id, office_ids, municipality_codes, employer_ids)',
      winnerPerKey(events, ({ data }) => data.trackId).map(({ data }) => [
        data.trackId,
        data.officeIds,
        data.municipalityCodes,
        data.employerIds,
      ]),
      `ON CONFLICT (track_id) DO UPDATE SET office_ids = EXCLUDED.office_ids,
         municipality_codes = EXCLUDED.municipality_codes, employer_ids = EXCLUDED.employer_ids`,
    );
  }
}

type Status = { trackId: string; participantId: string; status: string };

const recordStatuses = (manager: EntityManager, statuses: Status[]) =>
  insertRows(
    manager,
    'funnel_candidate_status (track_id, participant_id, status)',
    winnerPerKey(statuses, (s) => `${s.trackId}/${s.participantId}/${s.status}`, firstWins).map(
      (s) => [s.trackId, s.participantId, s.status],
    ),
    'ON CONFLICT DO NOTHING',
  );

@Injectable()
export class FunnelIdentifiedHandler extends BatchEventHandler<typeof candidateIdentifiedV1> {
  readonly event = candidateIdentifiedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof candidateIdentifiedV1>[], manager: EntityManager) {
    await recordStatuses(
      manager,
      events.map(({ data }) => ({ ...data, status: 'IDENTIFIED' })),
    );
  }
}

/** A step of the pipeline; NOT_ADMITTED is no stage reached, so it is not kept. */
@Injectable()
export class FunnelAdvancedHandler extends BatchEventHandler<typeof candidateAdvancedV1> {
  readonly event = candidateAdvancedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof candidateAdvancedV1>[], manager: EntityManager) {
    await recordStatuses(
      manager,
      events
        .filter(({ data }) => data.to !== 'NOT_ADMITTED')
        .map(({ data }) => ({
          trackId: data.trackId,
          participantId: data.participantId,
          status: data.to,
        })),
    );
  }
}

@Injectable()
export class FunnelAdmissionHandler extends BatchEventHandler<typeof participantAdmittedV1> {
  readonly event = participantAdmittedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof participantAdmittedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'funnel_admission (track_id, participant_id, admitted_on, selected_by_employer_id)',
      winnerPerKey(events, ({ data }) => `${data.trackId}/${data.participantId}`).map(
        ({ data }) => [
          data.trackId,
          data.participantId,
          data.admittedOn,
          data.selectedByEmployerId,
        ],
      ),
      `ON CONFLICT (track_id, participant_id) DO UPDATE SET admitted_on = EXCLUDED.admitted_on,
         selected_by_employer_id = EXCLUDED.selected_by_employer_id`,
    );
  }
}

/** The closing result; a later record for the same participant and track replaces an earlier one. */
@Injectable()
export class FunnelResultHandler extends BatchEventHandler<
  typeof trackParticipantResultRecordedV1
> {
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
      'funnel_track_result (track_id, participant_id, outcome, recorded_at)',
      latest.map(({ data }) => [data.trackId, data.participantId, data.outcome, data.recordedAt]),
      `ON CONFLICT (track_id, participant_id) DO UPDATE
         SET outcome = EXCLUDED.outcome, recorded_at = EXCLUDED.recorded_at
         WHERE funnel_track_result.recorded_at <= EXCLUDED.recorded_at`,
    );
  }
}

@Injectable()
export class FunnelEmploymentHandler extends BatchEventHandler<typeof participantEmployedV1> {
  readonly event = participantEmployedV1;
  readonly readModel = readModel;

  async handleBatch(events: ConsumedEvent<typeof participantEmployedV1>[], manager: EntityManager) {
    await insertRows(
      manager,
      'funnel_employment (outcome_id, participant_id, start_date, counts_as_work)',
      winnerPerKey(events, ({ data }) => data.outcomeId, firstWins).map(({ data }) => [
        data.outcomeId,
        data.participantId,
        data.startDate,
        data.countsAsWork,
      ]),
      'ON CONFLICT (outcome_id) DO NOTHING',
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

/** The funnel read model: its handlers and every table they write (rebuild and checksum). */
export const funnelReadModel: ReadModel = {
  name: readModel,
  tables: [
    { name: 'funnel_track' },
    { name: 'funnel_candidate_status' },
    { name: 'funnel_admission' },
    { name: 'funnel_track_result' },
    { name: 'funnel_employment' },
  ],
  handlers: funnelHandlers,
};
