import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { aggregatePolicy } from '../aggregates/aggregate-policy';
import { FunnelModel } from './funnel.model';
import { FunnelService } from './funnel.service';

@Resolver(() => FunnelModel)
export class FunnelResolver {
  constructor(private readonly service: FunnelService) {}

  @Scoped(aggregatePolicy)
  @Query(() => FunnelModel, {
    description: 'The funnel of a track in your scope; small groups suppressed, no personal data.',
  })
  funnel(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
  ): Promise<FunnelModel> {
    return this.service.funnel(access, trackId);
  }
}
