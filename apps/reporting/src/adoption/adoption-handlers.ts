import {
  enrolmentCreatedV1,
  followUpRecordedV1,
  officeAdoptionAssessedV1,
  participantEmployedV1,
  rolloutOfficeJoinedV1,
  rolloutSupportGivenV1,
  trackCreatedV1,
  type ConsumedEvent,
} from '@jobbnatet/contracts';
import { office, swedishDay } from '@jobbnatet/domain-se';
import type { EventHandler } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enrolmentEvidence } from './adoption-evidence';
import type { ReadModel } from '../read-models/read-model';

const readModel = 'adoption';

/**
 * An office in the rollout with its process leaders; the municipalities it serves come from the
 * office register, so a municipal case worker's scope can reach it. A later join replaces one.
 */
@Injectable()
export class OfficeJoinedHandler implements EventHandler<typeof rolloutOfficeJoinedV1> {
  readonly event = rolloutOfficeJoinedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof rolloutOfficeJoinedV1>, manager: EntityManager) {
    const served = office(data.officeId)?.municipalities.map((m) => m.code) ?? [];
    await manager.query(
      `INSERT INTO adoption_office (office_id, joined_on, process_leader_ids, municipality_codes, joined_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (office_id) DO UPDATE SET joined_on = EXCLUDED.joined_on,
         process_leader_ids = EXCLUDED.process_leader_ids,
         municipality_codes = EXCLUDED.municipality_codes, joined_at = EXCLUDED.joined_at
       WHERE adoption_office.joined_at <= EXCLUDED.joined_at`,
      [data.officeId, data.joinedOn, data.processLeaderIds, served, data.joinedAt],
    );
  }
}

/** Every assessment is kept; the latest (by assessedOn, then recordedAt) is chosen when asked. */
@Injectable()
export class AdoptionAssessedHandler implements EventHandler<typeof officeAdoptionAssessedV1> {
  readonly event = officeAdoptionAssessedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof officeAdoptionAssessedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO adoption_assessment (assessment_id, office_id, level, assessed_on, recorded_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (assessment_id) DO NOTHING`,
      [data.assessmentId, data.officeId, data.level, data.assessedOn, data.recordedAt],
    );
  }
}

@Injectable()
export class SupportGivenHandler implements EventHandler<typeof rolloutSupportGivenV1> {
  readonly event = rolloutSupportGivenV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof rolloutSupportGivenV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO adoption_support (support_id, office_id, kind, given_on)
       VALUES ($1, $2, $3, $4) ON CONFLICT (support_id) DO NOTHING`,
      [data.supportId, data.officeId, data.kind, data.givenOn],
    );
  }
}

/**
 * Jobbforum or a preparatory intervention, by the enrolling officer's office, seen on the Swedish
 * day of the enrolment. Enrolments by case workers (no office) show no AF office's practice.
 */
@Injectable()
export class EvidenceEnrolmentHandler implements EventHandler<typeof enrolmentCreatedV1> {
  readonly event = enrolmentCreatedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof enrolmentCreatedV1>, manager: EntityManager) {
    const kind = enrolmentEvidence(data.typeCode);
    if (kind === null || data.officeId === null) return;
    await manager.query(
      `INSERT INTO adoption_evidence (source_id, office_id, kind, participant_id, seen_on)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (source_id) DO NOTHING`,
      [
        data.enrolmentId,
        data.officeId,
        kind,
        data.participantId,
        swedishDay(new Date(data.createdAt)),
      ],
    );
  }
}

/** A job in the preparatory form, by the recording office, seen on its start date. */
@Injectable()
export class EvidenceEmploymentHandler implements EventHandler<typeof participantEmployedV1> {
  readonly event = participantEmployedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof participantEmployedV1>, manager: EntityManager) {
    if (data.form !== 'PREPARATORY') return;
    await manager.query(
      `INSERT INTO adoption_evidence (source_id, office_id, kind, participant_id, seen_on)
       VALUES ($1, $2, 'PREPARATORY_EMPLOYMENT', $3, $4) ON CONFLICT (source_id) DO NOTHING`,
      [data.outcomeId, data.officeId, data.participantId, data.startDate],
    );
  }
}

/** A track's offices: a follow-up on the track is evidence for each of them. */
@Injectable()
export class AdoptionTrackHandler implements EventHandler<typeof trackCreatedV1> {
  readonly event = trackCreatedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof trackCreatedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO adoption_track (track_id, office_ids) VALUES ($1, $2)
       ON CONFLICT (track_id) DO UPDATE SET office_ids = EXCLUDED.office_ids`,
      [data.trackId, data.officeIds],
    );
  }
}

/** Kept whole; whether it was in depth (participants and employers both) is asked at query time. */
@Injectable()
export class AdoptionFollowUpHandler implements EventHandler<typeof followUpRecordedV1> {
  readonly event = followUpRecordedV1;
  readonly readModel = readModel;

  async handle({ data }: ConsumedEvent<typeof followUpRecordedV1>, manager: EntityManager) {
    await manager.query(
      `INSERT INTO adoption_follow_up (follow_up_id, track_id, held_on, participant_ids, employer_count)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (follow_up_id) DO NOTHING`,
      [data.followUpId, data.trackId, data.heldOn, data.participantIds, data.employerIds.length],
    );
  }
}

export const adoptionHandlers = [
  OfficeJoinedHandler,
  AdoptionAssessedHandler,
  SupportGivenHandler,
  EvidenceEnrolmentHandler,
  EvidenceEmploymentHandler,
  AdoptionTrackHandler,
  AdoptionFollowUpHandler,
];

/** The adoption read model: its handlers and every table they write (rebuild and checksum). */
export const adoptionReadModel: ReadModel = {
  name: 'adoption',
  tables: [
    { name: 'adoption_office' },
    { name: 'adoption_assessment' },
    { name: 'adoption_support' },
    { name: 'adoption_evidence' },
    { name: 'adoption_track' },
    { name: 'adoption_follow_up' },
  ],
  handlers: adoptionHandlers,
};
