import { AppendOnly } from '@jobbnatet/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

// The chain part's tables (written with explicit SQL; mapped for the kit). Adaptations,
// follow-ups, adjustments and saved templates are records: the service's role may insert them,
// never change or delete them.

@Entity({ name: 'intervention_type_replica' })
export class InterventionTypeReplicaEntity {
  @PrimaryColumn('text')
  code!: string;
}

@Entity({ name: 'offering_replica' })
export class OfferingReplicaEntity {
  @PrimaryColumn('uuid', { name: 'offering_id' })
  offeringId!: string;

  @Column('text')
  status!: string;
}

@Entity({ name: 'chain_step' })
export class ChainStepEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'track_id' })
  trackId!: string;

  @Column('integer')
  position!: number;
}

@AppendOnly()
@Entity({ name: 'method_template' })
export class MethodTemplateEntity {
  @PrimaryColumn('text')
  code!: string;
}

@AppendOnly()
@Entity({ name: 'method_template_step' })
export class MethodTemplateStepEntity {
  @PrimaryColumn('text', { name: 'template_code' })
  templateCode!: string;

  @PrimaryColumn('integer')
  position!: number;
}

@AppendOnly()
@Entity({ name: 'chain_adaptation' })
export class ChainAdaptationEntity {
  @PrimaryColumn('uuid')
  id!: string;
}

@Entity({ name: 'follow_up_schedule' })
export class FollowUpScheduleEntity {
  @PrimaryColumn('uuid', { name: 'track_id' })
  trackId!: string;
}

@AppendOnly()
@Entity({ name: 'follow_up' })
export class FollowUpEntity {
  @PrimaryColumn('uuid')
  id!: string;
}

@AppendOnly()
@Entity({ name: 'follow_up_participant' })
export class FollowUpParticipantEntity {
  @PrimaryColumn('uuid', { name: 'follow_up_id' })
  followUpId!: string;

  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;
}

@AppendOnly()
@Entity({ name: 'follow_up_employer' })
export class FollowUpEmployerEntity {
  @PrimaryColumn('uuid', { name: 'follow_up_id' })
  followUpId!: string;

  @PrimaryColumn('uuid', { name: 'employer_id' })
  employerId!: string;
}

@AppendOnly()
@Entity({ name: 'adjustment' })
export class AdjustmentEntity {
  @PrimaryColumn('uuid')
  id!: string;
}

export const chainEntities = [
  InterventionTypeReplicaEntity,
  OfferingReplicaEntity,
  ChainStepEntity,
  MethodTemplateEntity,
  MethodTemplateStepEntity,
  ChainAdaptationEntity,
  FollowUpScheduleEntity,
  FollowUpEntity,
  FollowUpParticipantEntity,
  FollowUpEmployerEntity,
  AdjustmentEntity,
];
