import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Directive, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { competencePolicy } from '../competence/competence-access';
import { competenceProfileLoader } from '../competence/competence-profile.loader';
import { CompetenceProfileModel } from '../competence/competence.model';
import { CompetenceService } from '../competence/competence.service';
import { employerPolicy } from '../employers/employer-access';
import { employerLoader } from '../employers/employer.loader';
import { EmployerModel } from '../employers/employer.model';
import { EmployersService } from '../employers/employers.service';
import { JobTrackReference } from './job-track-reference.model';

/** `JobTrack.employers` and `.competenceProfile`, each through the scoped loader of its own type. */
@Resolver(() => JobTrackReference)
export class JobTrackReferencesResolver {
  constructor(
    private readonly employerService: EmployersService,
    private readonly competenceService: CompetenceService,
  ) {}

  /**
   * The representation is the track as far as this subgraph knows it: ids, nothing read from here.
   * Whatever the caller may not see is withheld by the fields below, under their own policies, so a
   * track stays whole for a caller who reaches none of its employers.
   */
  @Scoped(employerPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: JobTrackReference,
    @CurrentAccess() _access: Access,
  ): JobTrackReference {
    return reference;
  }

  @Scoped(employerPolicy)
  @ResolveField(() => [EmployerModel], {
    description: 'Its employers that you may read, in the track’s order.',
  })
  @Directive('@requires(fields: "employerIds")')
  async employers(
    @Parent() track: JobTrackReference,
    @CurrentAccess() access: Access,
  ): Promise<EmployerModel[]> {
    const loader = employerLoader(access, this.employerService);
    const employers = await Promise.all(track.employerIds.map((id) => loader.load(id)));
    return employers.filter((employer): employer is EmployerModel => employer !== null);
  }

  @Scoped(competencePolicy)
  @ResolveField(() => CompetenceProfileModel, {
    nullable: true,
    description: 'The agreed competence profile, if you may read it.',
  })
  @Directive('@requires(fields: "competenceProfileId")')
  competenceProfile(
    @Parent() track: JobTrackReference,
    @CurrentAccess() access: Access,
  ): Promise<CompetenceProfileModel | null> {
    return track.competenceProfileId
      ? competenceProfileLoader(access, this.competenceService, 'id').load(
          track.competenceProfileId,
        )
      : Promise.resolve(null);
  }
}
