import { ParticipantReachModule, participantReachHandlers } from '@jobbnatet/participant-reach';
import { ParticipantErasedHandler } from '@jobbnatet/participant-reach';
import { Module } from '@nestjs/common';
import { TrackCoreModule } from '../core/track-core.module';
import { AdmittedParticipants } from './admitted-participants';
import { CandidatesService } from './candidates.service';
import { JobTracksParticipantErasedHandler } from './participant-erased.handler';
import { ParticipantReferenceResolver, RecruitmentResolver } from './recruitment.resolver';
import { RecruitmentService } from './recruitment.service';

/**
 * The participant replica's handlers as this service consumes them: the package's, with erasure
 * extended by what recruitment drops.
 */
export const recruitmentHandlers = [
  ...participantReachHandlers.filter((handler) => handler !== ParticipantErasedHandler),
  JobTracksParticipantErasedHandler,
];

/**
 * Recruitment and admission: the plan, the material and its review, candidates, participants.
 * Exports AdmittedParticipants for the phases part (closing needs a result for each of them).
 */
@Module({
  imports: [TrackCoreModule, ParticipantReachModule],
  providers: [
    CandidatesService,
    RecruitmentService,
    RecruitmentResolver,
    ParticipantReferenceResolver,
    JobTracksParticipantErasedHandler,
    AdmittedParticipants,
  ],
  exports: [JobTracksParticipantErasedHandler, AdmittedParticipants],
})
export class RecruitmentModule {}
