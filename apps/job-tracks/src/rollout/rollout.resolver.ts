import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolloutPolicy } from './rollout-access';
import {
  AdoptionAssessmentModel,
  AssessOfficeAdoptionInput,
  JoinRolloutInput,
  MethodRolloutModel,
  RecordRolloutSupportInput,
  RolloutOfficeModel,
  RolloutSupportModel,
} from './rollout.model';
import { RolloutService } from './rollout.service';

/** The Jobbnätet method's rollout to AF offices. */
@Resolver(() => MethodRolloutModel)
export class RolloutResolver {
  constructor(private readonly service: RolloutService) {}

  @Scoped(rolloutPolicy)
  @Query(() => MethodRolloutModel, {
    description:
      'The region’s rollout: per office the latest assessment, and the share of offices using ' +
      'the method partially or fully against the target.',
  })
  methodRollout(
    @CurrentAccess() access: Access,
    @Args('countyCode', { defaultValue: '01', description: 'The county (län).' }) county: string,
    @Args('asOf', {
      type: () => String,
      nullable: true,
      description: 'YYYY-MM-DD; today when left out. Use the target date to see if it was met.',
    })
    asOf: string | null,
  ): Promise<MethodRolloutModel> {
    return this.service.rollout(access, county, asOf ?? null);
  }

  @Scoped(rolloutPolicy)
  @Mutation(() => RolloutOfficeModel, {
    description: 'An AF office joins the rollout with its process leaders (admins).',
  })
  joinMethodRollout(
    @CurrentAccess() access: Access,
    @Args('input') input: JoinRolloutInput,
  ): Promise<RolloutOfficeModel> {
    return this.service.join(access, input);
  }

  @Scoped(rolloutPolicy)
  @Mutation(() => RolloutSupportModel, {
    description: 'Records support given to an office (its process leaders, admins).',
  })
  recordRolloutSupport(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordRolloutSupportInput,
  ): Promise<RolloutSupportModel> {
    return this.service.recordSupport(access, input);
  }

  @Scoped(rolloutPolicy)
  @Mutation(() => AdoptionAssessmentModel, {
    description:
      'Records a dated adoption assessment with its evidence (its process leaders, admins).',
  })
  assessOfficeAdoption(
    @CurrentAccess() access: Access,
    @Args('input') input: AssessOfficeAdoptionInput,
  ): Promise<AdoptionAssessmentModel> {
    return this.service.assess(access, input);
  }
}
