import {
  type Access,
  CurrentAccess,
  groupedLoader,
  perRequest,
  Scoped,
} from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { employerPolicy } from '../employers/employer-access';
import { employerLoader } from '../employers/employer.loader';
import { EmployerModel } from '../employers/employer.model';
import { EmployersService } from '../employers/employers.service';
import { competencePolicy } from './competence-access';
import { competenceProfileLoader } from './competence-profile.loader';
import type { NeedStatus } from './competence-codes';
import {
  AgreeCompetenceProfileInput,
  RecordCompetenceNeedInput,
  ReviseCompetenceProfileInput,
} from './competence.inputs';
import {
  CompetenceNeedModel,
  CompetenceNeedStatusEnum,
  CompetenceProfileModel,
  CompetenceProfileVersionModel,
} from './competence.model';
import { CompetenceService, toVersion } from './competence.service';

function needLoader(access: Access, service: CompetenceService) {
  return perRequest(
    access.request,
    'competenceNeed',
    () => new DataLoader((ids: readonly string[]) => service.findNeeds(access, ids)),
  );
}

/** Competence needs: record, change status, read one; thin over CompetenceService. */
@Resolver(() => CompetenceNeedModel)
export class CompetenceNeedResolver {
  constructor(
    private readonly service: CompetenceService,
    private readonly employers: EmployersService,
  ) {}

  @Scoped(competencePolicy)
  @Query(() => CompetenceNeedModel, {
    nullable: true,
    description: 'A competence need in your scope, or null.',
  })
  competenceNeed(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompetenceNeedModel | null> {
    return needLoader(access, this.service).load(id);
  }

  @Scoped(competencePolicy)
  @Mutation(() => CompetenceNeedModel, {
    description: 'Records a competence need, OPEN (its officers, the employer itself).',
  })
  recordCompetenceNeed(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordCompetenceNeedInput,
  ): Promise<CompetenceNeedModel> {
    return this.service.recordNeed(access, input);
  }

  @Scoped(competencePolicy)
  @Mutation(() => CompetenceNeedModel, {
    description: 'Moves a competence need to another status, where the rules allow it.',
  })
  updateCompetenceNeedStatus(
    @CurrentAccess() access: Access,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('status', { type: () => CompetenceNeedStatusEnum }) status: NeedStatus,
  ): Promise<CompetenceNeedModel> {
    return this.service.updateNeedStatus(access, needId, status);
  }

  @Scoped(employerPolicy)
  @ResolveField(() => EmployerModel, { nullable: true })
  employer(
    @Parent() need: CompetenceNeedModel,
    @CurrentAccess() access: Access,
  ): Promise<EmployerModel | null> {
    return employerLoader(access, this.employers).load(need.employerId);
  }

  @Scoped(competencePolicy)
  @ResolveField(() => CompetenceProfileModel, {
    nullable: true,
    description: 'The profile agreed for this need, at its current version.',
  })
  profile(
    @Parent() need: CompetenceNeedModel,
    @CurrentAccess() access: Access,
  ): Promise<CompetenceProfileModel | null> {
    return competenceProfileLoader(access, this.service, 'need_id').load(need.id);
  }
}

/** Competence profiles: agree, revise, read one and its versions; an entity of the supergraph. */
@Resolver(() => CompetenceProfileModel)
export class CompetenceProfileResolver {
  constructor(private readonly service: CompetenceService) {}

  @Scoped(competencePolicy)
  @Query(() => CompetenceProfileModel, {
    nullable: true,
    description: 'A competence profile in your scope at its current version, or null.',
  })
  competenceProfile(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompetenceProfileModel | null> {
    return competenceProfileLoader(access, this.service, 'id').load(id);
  }

  @Scoped(competencePolicy)
  @Mutation(() => CompetenceProfileModel, {
    description: 'Agrees version 1 of the competence profile for a need.',
  })
  agreeCompetenceProfile(
    @CurrentAccess() access: Access,
    @Args('input') input: AgreeCompetenceProfileInput,
  ): Promise<CompetenceProfileModel> {
    return this.service.agreeProfile(access, input);
  }

  @Scoped(competencePolicy)
  @Mutation(() => CompetenceProfileModel, {
    description: 'Agrees a new version of a profile; the earlier versions stay readable.',
  })
  reviseCompetenceProfile(
    @CurrentAccess() access: Access,
    @Args('profileId', { type: () => ID }) profileId: string,
    @Args('input') input: ReviseCompetenceProfileInput,
  ): Promise<CompetenceProfileModel> {
    return this.service.reviseProfile(access, profileId, input);
  }

  @Scoped(competencePolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<CompetenceProfileModel | null> {
    return competenceProfileLoader(access, this.service, 'id').load(reference.id);
  }

  @Scoped(competencePolicy)
  @ResolveField(() => CompetenceNeedModel, { nullable: true })
  need(
    @Parent() profile: CompetenceProfileModel,
    @CurrentAccess() access: Access,
  ): Promise<CompetenceNeedModel | null> {
    return needLoader(access, this.service).load(profile.needId);
  }

  @Scoped(competencePolicy)
  @ResolveField(() => [CompetenceProfileVersionModel], {
    description: 'Every version, first to last.',
  })
  async versions(
    @Parent() profile: CompetenceProfileModel,
    @CurrentAccess() access: Access,
  ): Promise<CompetenceProfileVersionModel[]> {
    const rows = await groupedLoader(
      access.request,
      'competenceProfileVersions',
      (ids: readonly string[]) => this.service.versionsOf(ids),
      (row) => row.profile_id,
    ).load(profile.id);
    return rows.map(toVersion);
  }
}

/** `Employer.competenceNeeds`: one query for a list of employers, in the competence scope. */
@Resolver(() => EmployerModel)
export class EmployerCompetenceResolver {
  constructor(private readonly service: CompetenceService) {}

  @Scoped(competencePolicy)
  @ResolveField(() => [CompetenceNeedModel], {
    description: 'Its competence needs, oldest first (officers, admins, the employer itself).',
  })
  competenceNeeds(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
    @Args('status', { type: () => CompetenceNeedStatusEnum, nullable: true })
    status?: NeedStatus | null,
  ): Promise<CompetenceNeedModel[]> {
    return groupedLoader(
      access.request,
      `competenceNeeds:${status ?? 'ALL'}`,
      (ids: readonly string[]) => this.service.needsOfEmployers(access, ids, status ?? null),
      (row: CompetenceNeedModel) => row.employerId,
    ).load(employer.id);
  }
}

/** The resolvers of this part, for the module and the SDL printer. */
export const competenceResolvers = [
  CompetenceNeedResolver,
  CompetenceProfileResolver,
  EmployerCompetenceResolver,
];
