import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Closing's tables, written with explicit SQL in ClosingService; mapped for the kit. */

@Entity({ name: 'participant_result' })
export class ParticipantResultEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;

  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  outcome!: string;
}

/** Grades and certificates issued: kept as recorded. */
@AppendOnly()
@Entity({ name: 'certificate_record' })
export class CertificateRecordEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;

  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;
}

/** A hand-over to the next track: kept as recorded. */
@AppendOnly()
@Entity({ name: 'participant_hand_over' })
export class ParticipantHandOverEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;

  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;
}

@Entity({ name: 'track_evaluation' })
export class TrackEvaluationEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;
}
