import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JobTrackModel } from '../core/job-track.model';
import { trackPolicy } from '../core/track-access';
import { CancelTrackInput, PhaseChangeModel } from './phase.model';
import { PhasesService } from './phases.service';

/** Phase transitions and the phase history of a track. */
@Resolver(() => JobTrackModel)
export class PhasesResolver {
  constructor(private readonly service: PhasesService) {}

  /** The track was reached through the scope already; histories come in one query per request. */
  @ResolveField(() => [PhaseChangeModel], { description: 'From creation on, oldest first.' })
  phaseHistory(
    @Parent() track: JobTrackModel,
    @Context() request: object,
  ): Promise<PhaseChangeModel[]> {
    return groupedLoader(
      request,
      this,
      (ids: readonly string[]) => this.service.historyOf(ids),
      (change) => change.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, {
    description:
      'Moves the track to its next phase; refused with TRACK.CHECKLIST_INCOMPLETE, naming the ' +
      'open items, while the current phase’s checklist is incomplete.',
  })
  advancePhase(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
  ): Promise<JobTrackModel> {
    return this.service.advance(access, trackId);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, { description: 'Cancels a working track with a reason.' })
  cancelTrack(
    @CurrentAccess() access: Access,
    @Args('input') input: CancelTrackInput,
  ): Promise<JobTrackModel> {
    return this.service.cancel(access, input);
  }
}
