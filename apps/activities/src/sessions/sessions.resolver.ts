import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { offeringPolicy } from '../activities/offering-access';
import { offeringLoader } from '../activities/offering.loader';
import { OfferingModel } from '../activities/offering.model';
import { ActivitiesService } from '../activities/activities.service';
import { parseIsoWeek, validateWindow } from './session-rules';
import {
  CancelSessionInput,
  RescheduleSessionInput,
  ScheduleSessionsInput,
} from './session.inputs';
import { OfferingWeekModel, SessionModel } from './session.model';
import { loadWindow } from './sessions.loader';
import { SessionsService } from './sessions.service';

/**
 * Thin: an offering's schedule. Sessions are read by whoever reads their offering
 * (offeringPolicy) and written by whoever runs it (mayRunOffering, in the service).
 */
@Resolver(() => OfferingModel)
export class SessionsResolver {
  constructor(
    private readonly service: SessionsService,
    private readonly activities: ActivitiesService,
  ) {}

  @Scoped(offeringPolicy)
  @Mutation(() => [SessionModel], {
    description:
      'Schedules 1–50 sessions of an offering at once (a week’s plan), all or none: for those who ' +
      'run it (its provider’s staff, its offices’ officers, its kommun’s case workers, admins).',
  })
  scheduleSessions(
    @CurrentAccess() access: Access,
    @Args('input') input: ScheduleSessionsInput,
  ): Promise<SessionModel[]> {
    return this.service.scheduleSessions(access, input);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => SessionModel, { description: 'Moves a scheduled session; same rules.' })
  rescheduleSession(
    @CurrentAccess() access: Access,
    @Args('input') input: RescheduleSessionInput,
  ): Promise<SessionModel> {
    return this.service.rescheduleSession(access, input);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => SessionModel, { description: 'Cancels a scheduled session with a reason code.' })
  cancelSession(
    @CurrentAccess() access: Access,
    @Args('input') input: CancelSessionInput,
  ): Promise<SessionModel> {
    return this.service.cancelSession(access, input);
  }

  @Scoped(offeringPolicy)
  @Query(() => OfferingWeekModel, {
    nullable: true,
    description:
      'The weekly view: an offering’s ISO week (2027-W03), Monday to Sunday, each day with its ' +
      'sessions by start, cancelled ones included; null for an offering you do not read.',
  })
  async offeringWeek(
    @CurrentAccess() access: Access,
    @Args('offeringId', { type: () => ID }) offeringId: string,
    @Args('week') week: string,
  ): Promise<OfferingWeekModel | null> {
    const days = parseIsoWeek(week);
    const offering = await offeringLoader(access, this.activities).load(offeringId);
    if (!offering) return null;
    const sessions = await loadWindow(access, this.service, {
      offeringId: offering.id,
      from: days[0]!.date,
      to: days[6]!.date,
    });
    return {
      offeringId: offering.id,
      week,
      days: days.map((day) => ({
        ...day,
        sessions: sessions.filter((session) => session.date === day.date),
      })),
    };
  }

  @Scoped(offeringPolicy)
  @ResolveField(() => [SessionModel], {
    description:
      'Sessions starting on Swedish days from–to (YYYY-MM-DD, at most 92 days), by start; ' +
      'cancelled ones included.',
  })
  sessions(
    @Parent() offering: OfferingModel,
    @CurrentAccess() access: Access,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<SessionModel[]> {
    const window = validateWindow(from, to);
    return loadWindow(access, this.service, { offeringId: offering.id, ...window });
  }
}
