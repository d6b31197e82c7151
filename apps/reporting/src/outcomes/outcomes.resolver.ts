import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { aggregatePolicy } from '../aggregates/aggregate-policy';
import { OutcomesFilterInput, OutcomesModel } from './outcomes.model';
import { OutcomesService } from './outcomes.service';

@Resolver(() => OutcomesModel)
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @Scoped(aggregatePolicy)
  @Query(() => OutcomesModel, {
    description: 'Outcomes of the tracks in your scope; small groups suppressed, no personal data.',
  })
  outcomes(
    @CurrentAccess() access: Access,
    @Args('filter', { type: () => OutcomesFilterInput, nullable: true })
    filter: OutcomesFilterInput | null,
  ): Promise<OutcomesModel> {
    return this.service.outcomes(access, filter ?? {});
  }
}
