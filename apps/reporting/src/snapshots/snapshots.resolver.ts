import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { snapshotPolicy } from './snapshot-policy';
import {
  PublishReportInput,
  ReportSnapshotModel,
  ReportSnapshotsFilterInput,
} from './snapshots.model';
import { SnapshotsService } from './snapshots.service';

@Resolver(() => ReportSnapshotModel)
export class SnapshotsResolver {
  constructor(private readonly service: SnapshotsService) {}

  @Scoped(snapshotPolicy)
  @Mutation(() => ReportSnapshotModel, {
    description:
      'Publishes a frozen report (CSV for Swedish Excel and JSON) of a period and scope. Analysts and admins.',
  })
  publishReport(
    @CurrentAccess() access: Access,
    @Args('input', { type: () => PublishReportInput }) input: PublishReportInput,
  ): Promise<ReportSnapshotModel> {
    return this.service.publish(access, input);
  }

  @Scoped(snapshotPolicy)
  @Query(() => [ReportSnapshotModel], {
    description: 'Published report snapshots, newest first (at most 100). Analysts and admins.',
  })
  reportSnapshots(
    @CurrentAccess() access: Access,
    @Args('filter', { type: () => ReportSnapshotsFilterInput, nullable: true })
    filter: ReportSnapshotsFilterInput | null,
  ): Promise<ReportSnapshotModel[]> {
    return this.service.snapshots(access, filter ?? {});
  }

  @Scoped(snapshotPolicy)
  @Query(() => ReportSnapshotModel, {
    nullable: true,
    description: 'One published report snapshot, or null. Analysts and admins.',
  })
  reportSnapshot(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportSnapshotModel | null> {
    return this.service.snapshot(access, id);
  }
}
