import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { aggregatePolicy } from '../aggregates/aggregate-policy';
import { AdoptionFilterInput, AdoptionModel } from './adoption.model';
import { AdoptionService } from './adoption.service';

@Resolver(() => AdoptionModel)
export class AdoptionResolver {
  constructor(private readonly service: AdoptionService) {}

  @Scoped(aggregatePolicy)
  @Query(() => AdoptionModel, {
    description:
      'The method’s adoption per rollout office in your scope (latest assessment, support, evidence from data) and the region’s share against its target.',
  })
  adoption(
    @CurrentAccess() access: Access,
    @Args('filter', { type: () => AdoptionFilterInput, nullable: true })
    filter: AdoptionFilterInput | null,
  ): Promise<AdoptionModel> {
    return this.service.adoption(access, filter ?? {});
  }
}
