import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { aggregatePolicy } from '../aggregates/aggregate-policy';
import { OperationsFilterInput, OperationsModel } from './operations.model';
import { OperationsService } from './operations.service';

@Resolver(() => OperationsModel)
export class OperationsResolver {
  constructor(private readonly service: OperationsService) {}

  @Scoped(aggregatePolicy)
  @Query(() => OperationsModel, {
    description:
      'Overdue follow-ups and retention checks, and tracks per phase, per office in your scope.',
  })
  operations(
    @CurrentAccess() access: Access,
    @Args('filter', { type: () => OperationsFilterInput, nullable: true })
    filter: OperationsFilterInput | null,
  ): Promise<OperationsModel> {
    return this.service.operations(access, filter ?? {});
  }
}
