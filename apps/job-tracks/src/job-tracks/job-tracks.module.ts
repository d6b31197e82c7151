import type { EventHandler } from '@jobbnatet/service-kit';
import { Module, type Type } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { AgreementsResolver } from '../agreements/agreements.resolver';
import { catalogueReplicaHandlers } from '../chain/catalogue-replica';
import { chainEntities } from '../chain/chain.entity';
import { ChainModule } from '../chain/chain.module';
import {
  ChainResolver,
  ChainStepResolver,
  OfferingReferenceResolver,
} from '../chain/chain.resolver';
import { FollowUpsResolver } from '../chain/follow-ups.resolver';
import { CollaborationAgreementEntity } from '../agreements/collaboration-agreement.entity';
import { ChecklistItemEntity, ChecklistWaiverEntity } from '../checklists/checklist.entity';
import { ChecklistsModule } from '../checklists/checklists.module';
import { ChecklistsResolver } from '../checklists/checklists.resolver';
import { TrackCoreModule } from '../core/track-core.module';
import { PhaseChangeEntity } from '../phases/phase-change.entity';
import { PhasesModule } from '../phases/phases.module';
import { PhasesResolver } from '../phases/phases.resolver';
import { JobTrackEntity } from '../tracks/job-track.entity';
import { employerReplicaEntities } from '../tracks/employer-replica.entity';
import { employerReplicaHandlers } from '../tracks/employer-replica';
import { TracksModule } from '../tracks/tracks.module';
import { TracksResolver } from '../tracks/tracks.resolver';
import { recruitmentEntities } from '../recruitment/recruitment.entity';
import { recruitmentHandlers, RecruitmentModule } from '../recruitment/recruitment.module';
import {
  ParticipantReferenceResolver,
  RecruitmentResolver,
} from '../recruitment/recruitment.resolver';
import {
  CertificateRecordEntity,
  ParticipantHandOverEntity,
  ParticipantResultEntity,
  TrackEvaluationEntity,
} from '../closing/closing.entity';
import { ClosingModule } from '../closing/closing.module';
import { ClosingResolver } from '../closing/closing.resolver';
import {
  AdoptionAssessmentEntity,
  RolloutOfficeEntity,
  RolloutSupportEntity,
  RolloutTargetEntity,
} from '../rollout/rollout.entity';
import { RolloutModule } from '../rollout/rollout.module';
import { RolloutResolver } from '../rollout/rollout.resolver';

/** The tables this service maps (the kit adds its own). */
export const jobTracksEntities = [
  CollaborationAgreementEntity,
  JobTrackEntity,
  ChecklistItemEntity,
  ChecklistWaiverEntity,
  PhaseChangeEntity,
  ...recruitmentEntities,
  ParticipantResultEntity,
  CertificateRecordEntity,
  ParticipantHandOverEntity,
  TrackEvaluationEntity,
  RolloutTargetEntity,
  RolloutOfficeEntity,
  RolloutSupportEntity,
  AdoptionAssessmentEntity,
  ...chainEntities,
  ...employerReplicaEntities,
];

/** The event handlers this service consumes (the kit's `consumes`); the replicas come with their parts. */
export const jobTracksHandlers: Type<EventHandler>[] = [
  ...recruitmentHandlers,
  ...catalogueReplicaHandlers,
  ...employerReplicaHandlers,
];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const jobTracksResolvers = [
  AgreementsResolver,
  TracksResolver,
  ChecklistsResolver,
  PhasesResolver,
  RecruitmentResolver,
  ParticipantReferenceResolver,
  ClosingResolver,
  RolloutResolver,
  ChainResolver,
  ChainStepResolver,
  OfferingReferenceResolver,
  FollowUpsResolver,
];

/** Composes the parts of the service; each part imports TrackCoreModule. */
@Module({
  imports: [
    TrackCoreModule,
    AgreementsModule,
    TracksModule,
    ChecklistsModule,
    PhasesModule,
    RecruitmentModule,
    ClosingModule,
    RolloutModule,
    ChainModule,
  ],
})
export class JobTracksModule {}
