import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { JobTrackModel } from '../core/job-track.model';
import { mayWriteTrack, trackPolicy } from '../core/track-access';
import {
  AdjustmentModel,
  FollowUpMeetingModel,
  FollowUpModel,
  FollowUpScheduleModel,
  MakeAdjustmentInput,
  OverdueFollowUpModel,
  RecordFollowUpInput,
  SetFollowUpScheduleInput,
} from './follow-up.model';
import { FollowUpsService } from './follow-ups.service';

// Owners of the per-request loaders, one per field.
const scheduleLoader = {};
const meetingLoader = {};
const recordLoader = {};
const adjustmentLoader = {};

/** Follow-ups of a track: schedule, meetings, records and adjustments. */
@Resolver(() => JobTrackModel)
export class FollowUpsResolver {
  constructor(private readonly service: FollowUpsService) {}

  @ResolveField(() => FollowUpScheduleModel, { nullable: true })
  async followUpSchedule(
    @Parent() track: JobTrackModel,
    @Context() request: object,
  ): Promise<FollowUpScheduleModel | null> {
    const [schedule] = await groupedLoader(
      request,
      scheduleLoader,
      (ids: readonly string[]) => this.service.schedulesOf(ids),
      (s) => s.trackId,
    ).load(track.id);
    return schedule ?? null;
  }

  @ResolveField(() => [FollowUpMeetingModel], {
    description: 'The scheduled meetings, oldest first: recorded, overdue, due today or upcoming.',
  })
  followUps(
    @Parent() track: JobTrackModel,
    @Context() request: object,
  ): Promise<FollowUpMeetingModel[]> {
    return groupedLoader(
      request,
      meetingLoader,
      (ids: readonly string[]) => this.service.meetingsOf(ids),
      (m) => m.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [FollowUpModel], {
    description: 'Recorded follow-ups, newest first; participants’ notes for the team only.',
  })
  async followUpRecords(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<FollowUpModel[]> {
    const records = await groupedLoader(
      access.request,
      recordLoader,
      (ids: readonly string[]) => this.service.recordsOf(ids),
      (r) => r.trackId,
    ).load(track.id);
    if (mayWriteTrack(access.caller, track)) return records;
    return records.map((r) => ({
      ...r,
      participants: r.participants.map((p) => ({ ...p, note: null })),
    }));
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [AdjustmentModel], {
    description: 'Newest first; reasons for the team only.',
  })
  async adjustments(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<AdjustmentModel[]> {
    const adjustments = await groupedLoader(
      access.request,
      adjustmentLoader,
      (ids: readonly string[]) => this.service.adjustmentsOf(ids),
      (a) => a.trackId,
    ).load(track.id);
    const team = mayWriteTrack(access.caller, track);
    return adjustments.map((a) => ({ ...a, reason: team ? a.reason : null }));
  }

  @Scoped(trackPolicy)
  @Query(() => [OverdueFollowUpModel], {
    description: 'Overdue follow-up meetings of implementing tracks in your scope, oldest first.',
  })
  overdueFollowUps(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 100, description: '1–500.' }) first: number,
  ): Promise<OverdueFollowUpModel[]> {
    return this.service.overdue(access, first);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, {
    description: 'Sets the follow-up schedule (PLANNING, RECRUITMENT or IMPLEMENTATION).',
  })
  setFollowUpSchedule(
    @CurrentAccess() access: Access,
    @Args('input') input: SetFollowUpScheduleInput,
  ): Promise<JobTrackModel> {
    return this.service.setSchedule(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => FollowUpModel, { description: 'Records a follow-up (IMPLEMENTATION).' })
  recordFollowUp(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordFollowUpInput,
  ): Promise<FollowUpModel> {
    return this.service.record(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => AdjustmentModel, {
    description: 'Adjusts support, interventions or timeline, with a reason (IMPLEMENTATION).',
  })
  makeAdjustment(
    @CurrentAccess() access: Access,
    @Args('input') input: MakeAdjustmentInput,
  ): Promise<AdjustmentModel> {
    return this.service.adjust(access, input);
  }
}
