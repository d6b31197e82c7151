import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { aggregatePolicy } from '../aggregates/aggregate-policy';
import { baselineWritePolicy } from './costs-access';
import { ControlBaselinesService } from './control-baselines.service';
import {
  ControlBaselineModel,
  CostsFilterInput,
  CostsModel,
  SetControlBaselineInput,
} from './costs.model';
import { CostsService } from './costs.service';

@Resolver(() => CostsModel)
export class CostsResolver {
  constructor(
    private readonly costsService: CostsService,
    private readonly baselines: ControlBaselinesService,
  ) {}

  @Scoped(aggregatePolicy)
  @Query(() => CostsModel, {
    description:
      'Activity-support and intervention costs per person of the admissions in your scope, over a ' +
      'window from each admission, against the control-group baseline; small groups suppressed.',
  })
  costs(
    @CurrentAccess() access: Access,
    @Args('filter', { type: () => CostsFilterInput, nullable: true })
    filter: CostsFilterInput | null,
  ): Promise<CostsModel> {
    return this.costsService.costs(access, filter ?? {});
  }

  @Scoped(aggregatePolicy)
  @Query(() => [ControlBaselineModel], {
    description:
      'The control-group baselines entered (of one county), by county, period and window.',
  })
  controlBaselines(
    @CurrentAccess() access: Access,
    @Args('countyCode', { type: () => String, nullable: true }) county: string | null,
  ): Promise<ControlBaselineModel[]> {
    return this.baselines.list(access, county ?? null);
  }

  @Scoped(baselineWritePolicy)
  @Mutation(() => ControlBaselineModel, {
    description:
      'Enters a control group’s costs per person (analysts, admins); the same county, period and ' +
      'window again replaces it.',
  })
  setControlBaseline(
    @CurrentAccess() access: Access,
    @Args('input') input: SetControlBaselineInput,
  ): Promise<ControlBaselineModel> {
    return this.baselines.set(access, input);
  }
}
