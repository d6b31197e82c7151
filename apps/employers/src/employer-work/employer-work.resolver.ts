import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { employerPolicy } from '../employers/employer-access';
import { EmployerModel } from '../employers/employer.model';
import { maySeeEmployerWork } from './employer-work-access';
import { validatePeriod } from './employer-work-rules';
import {
  LogEmployerContactInput,
  RecordAcquiredVacancyInput,
  RecordEmployerFeedbackInput,
} from './employer-work.inputs';
import {
  AcquiredVacancyModel,
  EmployerContactConnection,
  EmployerContactModel,
  EmployerFeedbackModel,
  EmployerWorkModel,
} from './employer-work.model';
import { EmployerWorkService } from './employer-work.service';

/** The officers' employer work: thin, the caller's scope and arguments in, use case, model out. */
@Resolver(() => EmployerModel)
export class EmployerWorkResolver {
  constructor(private readonly service: EmployerWorkService) {}

  @Scoped(employerPolicy)
  @Mutation(() => EmployerContactModel, {
    description: 'Logs a contact with an employer your office works with (officers).',
  })
  logEmployerContact(
    @CurrentAccess() access: Access,
    @Args('input') input: LogEmployerContactInput,
  ): Promise<EmployerContactModel> {
    return this.service.logContact(access, input);
  }

  @Scoped(employerPolicy)
  @Mutation(() => AcquiredVacancyModel, {
    description:
      'Records a vacancy acquired through a logged contact with the employer (officers).',
  })
  recordAcquiredVacancy(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordAcquiredVacancyInput,
  ): Promise<AcquiredVacancyModel> {
    return this.service.recordVacancy(access, input);
  }

  @Scoped(employerPolicy)
  @Mutation(() => AcquiredVacancyModel, {
    description: 'Links the participant who got one of an acquired vacancy’s positions (officers).',
  })
  fillVacancy(
    @CurrentAccess() access: Access,
    @Args('vacancyId', { type: () => ID }) vacancyId: string,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('filledOn', { description: 'YYYY-MM-DD, not in the future.' }) filledOn: string,
  ): Promise<AcquiredVacancyModel> {
    return this.service.fillVacancy(access, vacancyId, participantId, filledOn);
  }

  @Scoped(employerPolicy)
  @Mutation(() => EmployerFeedbackModel, {
    description:
      'Records the employer’s feedback at a follow-up (the employer itself, or an officer).',
  })
  recordEmployerFeedback(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordEmployerFeedbackInput,
  ): Promise<EmployerFeedbackModel> {
    return this.service.recordFeedback(access, input);
  }

  @Scoped(employerPolicy)
  @Query(() => EmployerWorkModel, {
    description:
      'Your own employer work in a period (officers): contacts, acquired vacancies, fills.',
  })
  myEmployerWork(
    @CurrentAccess() access: Access,
    @Args('from', { description: 'YYYY-MM-DD.' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD, inclusive.' }) to: string,
  ): Promise<EmployerWorkModel> {
    return this.service.myWork(access, from, to);
  }

  @Scoped(employerPolicy)
  @Query(() => EmployerWorkModel, {
    description: 'An office’s employer work in a period (its officers and process leaders).',
  })
  officeEmployerWork(
    @CurrentAccess() access: Access,
    @Args('officeId') officeId: string,
    @Args('from', { description: 'YYYY-MM-DD.' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD, inclusive.' }) to: string,
  ): Promise<EmployerWorkModel> {
    return this.service.officeWork(access, officeId, from, to);
  }

  @Scoped(employerPolicy)
  @ResolveField(() => [EmployerContactModel], {
    nullable: true,
    description:
      'Contacts that took place in the period: its offices’ officers and process leaders.',
  })
  async contacts(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
    @Args('from', { description: 'YYYY-MM-DD.' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD, inclusive.' }) to: string,
  ): Promise<EmployerContactModel[] | null> {
    if (!maySeeEmployerWork(access.caller.role)) return null;
    const period = validatePeriod(from, to);
    const rows = await groupedLoader(
      access.request,
      `employerContacts:${period.from}:${period.to}`,
      (ids: readonly string[]) => this.service.contactsOf(ids, period),
      (row) => row.employer_id,
    ).load(employer.id);
    return rows.map((row) => this.service.toContact(access, row));
  }

  @Scoped(employerPolicy)
  @ResolveField(() => [AcquiredVacancyModel], {
    nullable: true,
    description:
      'Vacancies acquired from contacts with it: its offices’ officers and process leaders.',
  })
  async acquiredVacancies(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
  ): Promise<AcquiredVacancyModel[] | null> {
    if (!maySeeEmployerWork(access.caller.role)) return null;
    const rows = await groupedLoader(
      access.request,
      'acquiredVacancies',
      (ids: readonly string[]) => this.service.vacancyRows('employer_id', ids),
      (row) => row.employer_id,
    ).load(employer.id);
    return rows.map((row) => this.service.toVacancy(access, row));
  }

  @Scoped(employerPolicy)
  @ResolveField(() => [EmployerFeedbackModel], {
    description: 'Feedback at follow-ups; the comment to officers and the employer itself.',
  })
  async feedback(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
  ): Promise<EmployerFeedbackModel[]> {
    const rows = await groupedLoader(
      access.request,
      'employerFeedback',
      (ids: readonly string[]) => this.service.feedbackOf(ids),
      (row) => row.employer_id,
    ).load(employer.id);
    return rows.map((row) => this.service.toFeedback(access, row));
  }
}

/** The contacts counted in a period summary, a page at a time. */
@Resolver(() => EmployerWorkModel)
export class EmployerWorkEntriesResolver {
  constructor(private readonly service: EmployerWorkService) {}

  @Scoped(employerPolicy)
  @ResolveField(() => EmployerContactConnection)
  entries(
    @Parent() work: EmployerWorkModel,
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EmployerContactConnection> {
    return this.service.entries(access, work, first, after);
  }
}

/** The resolvers of the officers' employer work (the SDL printer boots them). */
export const employerWorkResolvers = [EmployerWorkResolver, EmployerWorkEntriesResolver];
