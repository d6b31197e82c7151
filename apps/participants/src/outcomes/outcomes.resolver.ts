import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  Context,
  Float,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { caseViewOf } from '../access-log/case-view';
import { participantPolicy } from '../participants/participant-access';
import { ParticipantCases } from '../participants/participant-cases';
import { ParticipantModel } from '../participants/participant.model';
import { activitySupportCostOre, costWindow } from './activity-support-rules';
import { OutcomeLoader } from './outcome.loader';
import {
  RecordActivitySupportInput,
  RecordEmploymentInput,
  RecordExitInput,
  RecordRetentionCheckInput,
  RetentionCheckFilterInput,
} from './outcome.input';
import {
  ActivitySupportPeriodModel,
  EmployerReference,
  EmploymentModel,
  ParticipantExitModel,
  RetentionCheckConnection,
  RetentionCheckModel,
} from './outcome.model';
import { OutcomesService } from './outcomes.service';
import { retentionWindowDescription } from './retention-rules';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver()
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @Scoped(participantPolicy)
  @Mutation(() => EmploymentModel, {
    description:
      'Records a job (the responsible office): schedules retention checks 3, 6 and 12 months after the start and, when it counts as work, makes the participant EMPLOYED unless they have exited.',
  })
  recordEmployment(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordEmploymentInput,
  ): Promise<EmploymentModel> {
    return this.service.recordEmployment(access, input);
  }

  @Scoped(participantPolicy)
  @Mutation(() => RetentionCheckModel, {
    description: 'Records what a retention check found (the responsible office, once).',
  })
  recordRetentionCheck(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordRetentionCheckInput,
  ): Promise<RetentionCheckModel> {
    return this.service.recordRetentionCheck(access, input);
  }

  @Scoped(participantPolicy)
  @Mutation(() => ParticipantModel, {
    description: 'Records the exit (avslut) of a case (the responsible office, once).',
  })
  recordExit(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordExitInput,
  ): Promise<ParticipantModel> {
    return this.service.recordExit(access, input);
  }

  @Scoped(participantPolicy)
  @Mutation(() => ActivitySupportPeriodModel, {
    description:
      'Records aktivitetsstöd over a period (the responsible office); periods never overlap.',
  })
  recordActivitySupport(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordActivitySupportInput,
  ): Promise<ActivitySupportPeriodModel> {
    return this.service.recordActivitySupport(access, input);
  }

  @Scoped(participantPolicy)
  @Query(() => RetentionCheckConnection, {
    description: `Officers: unchecked retention checks of your office's participants that are due or overdue today, earliest due first. ${retentionWindowDescription}`,
  })
  retentionChecks(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => RetentionCheckFilterInput, nullable: true })
    filter?: RetentionCheckFilterInput | null,
  ): Promise<RetentionCheckConnection> {
    return this.service.followUpList(access, filter ?? {}, first, after);
  }
}

/** Shown where the caller sees the participant's personal data; each read audited first. */
async function disclosed<T>(
  participant: ParticipantModel,
  field: string,
  load: () => Promise<T>,
): Promise<T | null> {
  const view = caseViewOf(participant);
  if (view.disclosure.level !== 'personal') return null;
  await view.audit(field);
  return load();
}

/** A participant's outcomes, batched per request: 100 participants cost one statement each. */
@Resolver(() => ParticipantModel)
export class ParticipantOutcomesResolver {
  constructor(private readonly loader: OutcomeLoader) {}

  @ResolveField(() => [EmploymentModel], { nullable: true, description: 'Latest start first.' })
  employments(
    @Parent() participant: ParticipantModel,
    @Context() request: object,
  ): Promise<EmploymentModel[] | null> {
    return disclosed(participant, 'employments', () =>
      this.loader.for(request).employments.load(participant.id),
    );
  }

  @ResolveField(() => [RetentionCheckModel], {
    nullable: true,
    description: 'The retention checks of every job, earliest due first.',
  })
  retentionChecks(
    @Parent() participant: ParticipantModel,
    @Context() request: object,
  ): Promise<RetentionCheckModel[] | null> {
    return disclosed(participant, 'retentionChecks', () =>
      this.loader.for(request).checksByParticipant.load(participant.id),
    );
  }

  @ResolveField(() => ParticipantExitModel, { nullable: true, description: 'Null until exited.' })
  exit(
    @Parent() participant: ParticipantModel,
    @Context() request: object,
  ): Promise<ParticipantExitModel | null> {
    return disclosed(participant, 'exit', () =>
      this.loader.for(request).exits.load(participant.id),
    );
  }

  @ResolveField(() => [ActivitySupportPeriodModel], {
    nullable: true,
    description: 'Earliest first.',
  })
  activitySupportPeriods(
    @Parent() participant: ParticipantModel,
    @Context() request: object,
  ): Promise<ActivitySupportPeriodModel[] | null> {
    return disclosed(participant, 'activitySupportPeriods', () =>
      this.loader.for(request).supportPeriods.load(participant.id),
    );
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'Aktivitetsstöd in SEK over from–to (YYYY-MM-DD, both inclusive): each period’s daily amount times its days inside.',
  })
  async activitySupportCost(
    @Parent() participant: ParticipantModel,
    @Context() request: object,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<number | null> {
    const window = costWindow(from, to);
    const periods = await disclosed(participant, 'activitySupportPeriods', () =>
      this.loader.for(request).supportPeriods.load(participant.id),
    );
    if (periods === null) return null;
    const ore = activitySupportCostOre(
      periods.map((period) => ({
        fromDate: period.fromDate,
        toDate: period.toDate,
        dailyAmountOre: Math.round(period.dailyAmount * 100),
      })),
      window,
    );
    return ore / 100;
  }
}

@Resolver(() => EmploymentModel)
export class EmploymentResolver {
  constructor(private readonly loader: OutcomeLoader) {}

  @ResolveField(() => EmployerReference, { description: 'Resolved by the employers service.' })
  employer(@Parent() employment: EmploymentModel): EmployerReference {
    return { id: employment.employerId };
  }

  /** The employment was reached through its audited participant or its own command's answer. */
  @ResolveField(() => [RetentionCheckModel], { description: 'Earliest due first.' })
  retentionChecks(
    @Parent() employment: EmploymentModel,
    @Context() request: object,
  ): Promise<RetentionCheckModel[]> {
    return this.loader.for(request).checksByEmployment.load(employment.id);
  }
}

/**
 * `Employer` is a stub (`resolvable: false`): the router never asks this subgraph for one, and it
 * holds nothing about employers. A direct `_entities` call still goes through the scope mechanism
 * and gets null.
 */
@Resolver(() => EmployerReference)
export class EmployerReferenceResolver {
  @Scoped(participantPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() _reference: { id: string },
    @CurrentAccess() _access: Access,
  ): EmployerReference | null {
    return null;
  }
}

@Resolver(() => RetentionCheckModel)
export class RetentionCheckResolver {
  constructor(private readonly cases: ParticipantCases) {}

  @Scoped(participantPolicy)
  @ResolveField(() => ParticipantModel, {
    nullable: true,
    description: 'The participant followed up, as you may see them.',
  })
  participant(
    @Parent() check: RetentionCheckModel,
    @CurrentAccess() access: Access,
  ): Promise<ParticipantModel | null> {
    return this.cases.loader(access).load(check.participantId);
  }
}
