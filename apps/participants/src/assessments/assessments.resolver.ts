import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { participantPolicy } from '../participants/participant-access';
import { ParticipantModel } from '../participants/participant.model';
import { AssessmentModel } from './assessment.model';
import { AssessmentsService } from './assessments.service';
import { RecordAssessmentInput } from './record-assessment.input';

/** Thin: prerequisites assessments of a participant, and recording one. */
@Resolver(() => ParticipantModel)
export class AssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @Scoped(participantPolicy)
  @Mutation(() => AssessmentModel, {
    description:
      'Records a prerequisites assessment (the responsible office). Emits participant.assessed.',
  })
  recordAssessment(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordAssessmentInput,
  ): Promise<AssessmentModel> {
    return this.service.record(access, input);
  }

  @ResolveField(() => [AssessmentModel], {
    nullable: true,
    description:
      'Prerequisites assessments, newest first; null unless you may see personal data. Health findings: the responsible office only.',
  })
  assessments(@Parent() participant: ParticipantModel): Promise<AssessmentModel[] | null> {
    return this.service.assessmentsOf(participant);
  }
}
