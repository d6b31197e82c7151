import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CreateTrackInput } from './create-track.input';
import { trackPolicy } from './track-access';
import { trackLoader } from './track.loader';
import { TrackModel } from './track.model';
import { JobTracksService } from './job-tracks.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => TrackModel)
export class JobTracksResolver {
  constructor(private readonly service: JobTracksService) {}

  @Scoped(trackPolicy)
  @Query(() => TrackModel, {
    nullable: true,
    description: 'A track in your scope, or null.',
  })
  track(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TrackModel | null> {
    return trackLoader(access, this.service).load(id);
  }

  @Scoped(trackPolicy)
  @Mutation(() => TrackModel, { description: 'Creates a track for your office.' })
  createTrack(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateTrackInput,
  ): Promise<TrackModel> {
    return this.service.create(access, input);
  }

  @Scoped(trackPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<TrackModel | null> {
    return trackLoader(access, this.service).load(reference.id);
  }
}
