import { type Access, CurrentAccess, perRequest, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { agreementPolicy } from '../agreements/agreement-access';
import { CollaborationAgreementModel } from '../agreements/agreement.model';
import { AgreementsService } from '../agreements/agreements.service';
import { JobTrackModel, TrackPhaseEnum } from '../core/job-track.model';
import { jobTrackLoader } from '../core/job-track.loader';
import { trackPolicy } from '../core/track-access';
import { TrackCoreService } from '../core/track-core.service';
import { CreateTrackInput, RepeatTrackInput } from './track.inputs';
import { TracksService } from './tracks.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => JobTrackModel)
export class TracksResolver {
  constructor(
    private readonly service: TracksService,
    private readonly core: TrackCoreService,
    private readonly agreements: AgreementsService,
  ) {}

  @Scoped(trackPolicy)
  @Query(() => JobTrackModel, { nullable: true, description: 'A job track you may read, or null.' })
  jobTrack(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<JobTrackModel | null> {
    return jobTrackLoader(access, this.core).load(id);
  }

  @Scoped(trackPolicy)
  @Query(() => [JobTrackModel], { description: 'Newest first, within your scope.' })
  jobTracks(
    @CurrentAccess() access: Access,
    @Args('phase', { type: () => TrackPhaseEnum, nullable: true }) phase: string | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1–200.' }) first: number,
  ): Promise<JobTrackModel[]> {
    return this.service.list(access, phase ?? null, first);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, {
    description:
      'Creates a track in PLANNING on a valid agreement: officers of its offices, case workers ' +
      'of its municipalities, admins.',
  })
  createTrack(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateTrackInput,
  ): Promise<JobTrackModel> {
    return this.service.create(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, {
    description: 'Starts the next round of a recurring track, copying its design.',
  })
  repeatTrack(
    @CurrentAccess() access: Access,
    @Args('input') input: RepeatTrackInput,
  ): Promise<JobTrackModel> {
    return this.service.repeat(access, input);
  }

  @Scoped(trackPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<JobTrackModel | null> {
    return jobTrackLoader(access, this.core).load(reference.id);
  }

  /** Under the agreement's own policy: an employer contact sees the track, not the agreement. */
  @Scoped(agreementPolicy)
  @ResolveField(() => CollaborationAgreementModel, {
    nullable: true,
    description: 'The agreement it rests on, if you may read it.',
  })
  agreement(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<CollaborationAgreementModel | null> {
    return perRequest(
      access.request,
      this.agreements,
      () => new DataLoader((ids: readonly string[]) => this.agreements.findVisible(access, ids)),
    ).load(track.agreementId);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => JobTrackModel, { nullable: true, description: 'The round this one repeats.' })
  previousRound(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<JobTrackModel | null> {
    return track.previousRoundId
      ? jobTrackLoader(access, this.core).load(track.previousRoundId)
      : Promise.resolve(null);
  }
}
