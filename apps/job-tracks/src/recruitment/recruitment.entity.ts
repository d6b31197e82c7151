import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

// The tables are written with SQL (migration 1796120000000); these mappings register them with the
// kit, which marks the review history append-only for the service's role.

@Entity({ name: 'recruitment_plan' })
export class RecruitmentPlanEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;
}

@Entity({ name: 'recruitment_material' })
export class RecruitmentMaterialEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;
}

/** Gender-equality reviews: who reviewed which content version, when, with what outcome. Kept. */
@AppendOnly()
@Entity({ name: 'recruitment_material_review' })
export class RecruitmentMaterialReviewEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
}

@Entity({ name: 'candidate' })
export class CandidateEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;
}

@Entity({ name: 'candidate_declined_invitation' })
export class CandidateDeclinedInvitationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
}

@Entity({ name: 'track_participant' })
export class TrackParticipantEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;

  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;
}

export const recruitmentEntities = [
  RecruitmentPlanEntity,
  RecruitmentMaterialEntity,
  RecruitmentMaterialReviewEntity,
  CandidateEntity,
  CandidateDeclinedInvitationEntity,
  TrackParticipantEntity,
];
