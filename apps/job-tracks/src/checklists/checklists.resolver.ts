import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JobTrackModel } from '../core/job-track.model';
import { trackPolicy } from '../core/track-access';
import {
  ChecklistItemModel,
  UpdateChecklistItemInput,
  WaiveChecklistItemInput,
} from './checklist.model';
import { ChecklistsService } from './checklists.service';

/** A track's checklists and the commands on them. */
@Resolver(() => JobTrackModel)
export class ChecklistsResolver {
  constructor(private readonly service: ChecklistsService) {}

  /** The track was reached through the scope already; its items come in one query per request. */
  @ResolveField(() => [ChecklistItemModel], {
    description: 'Every phase’s checklist, phase by phase, in order.',
  })
  checklist(
    @Parent() track: JobTrackModel,
    @Context() request: object,
  ): Promise<ChecklistItemModel[]> {
    return groupedLoader(
      request,
      this,
      (ids: readonly string[]) => this.service.itemsOf(ids),
      (item) => item.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @Mutation(() => ChecklistItemModel, {
    description: 'Records an item as DONE, NOT_DONE or NOT_APPLICABLE, with who and when.',
  })
  updateChecklistItem(
    @CurrentAccess() access: Access,
    @Args('input') input: UpdateChecklistItemInput,
  ): Promise<ChecklistItemModel> {
    return this.service.update(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => ChecklistItemModel, {
    description: 'Waives an item with a written reason, which is kept; it then counts as complete.',
  })
  waiveChecklistItem(
    @CurrentAccess() access: Access,
    @Args('input') input: WaiveChecklistItemInput,
  ): Promise<ChecklistItemModel> {
    return this.service.waive(access, input);
  }
}
