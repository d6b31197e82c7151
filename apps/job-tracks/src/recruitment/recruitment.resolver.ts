import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { JobTrackModel } from '../core/job-track.model';
import { trackPolicy } from '../core/track-access';
import { CandidatesService } from './candidates.service';
import {
  AdmitCandidateInput,
  AssessCandidateInput,
  CandidateCountModel,
  CandidateModel,
  DeclineInvitationInput,
  DraftRecruitmentMaterialInput,
  IdentifyCandidateInput,
  NotAdmitCandidateInput,
  ParticipantReference,
  RecordEmployerMeetingInput,
  RecruitmentMaterialModel,
  RecruitmentPlanModel,
  ReviewRecruitmentMaterialInput,
  SetRecruitmentPlanInput,
  TrackParticipantModel,
} from './recruitment.model';
import { candidateView } from './recruitment-rules';
import { RecruitmentService } from './recruitment.service';

// Owners of this resolver's per-request loaders: one query per field for all tracks of a request.
const candidatesLoader = Symbol('candidates');
const countsLoader = Symbol('candidate counts');
const participantsLoader = Symbol('track participants');
const plansLoader = Symbol('recruitment plans');
const materialsLoader = Symbol('recruitment materials');

/**
 * Recruitment on a track. The track itself was reached through the scope; the fields then show
 * what the caller's role may see of it (`candidateView`).
 */
@Resolver(() => JobTrackModel)
export class RecruitmentResolver {
  constructor(
    private readonly pipeline: CandidatesService,
    private readonly recruitment: RecruitmentService,
  ) {}

  @Scoped(trackPolicy)
  @ResolveField(() => [CandidateModel], {
    description: 'The team sees every candidate; an employer contact those who met its employer.',
  })
  async candidates(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<CandidateModel[]> {
    const rows = await groupedLoader(
      access.request,
      candidatesLoader,
      (ids: readonly string[]) => this.pipeline.candidatesOf(ids),
      (row) => row.track_id,
    ).load(track.id);
    return this.pipeline.visibleTo(access, track, rows);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [CandidateCountModel], {
    description: 'How many candidates per status: no ids, for everyone who reads the track.',
  })
  async candidateCounts(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<CandidateCountModel[]> {
    return groupedLoader(
      access.request,
      countsLoader,
      (ids: readonly string[]) => this.pipeline.countsOf(ids),
      (row) => row.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [TrackParticipantModel], {
    description: 'The admitted participants; an employer contact sees those its employer selected.',
  })
  async participants(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<TrackParticipantModel[]> {
    const rows = await groupedLoader(
      access.request,
      participantsLoader,
      (ids: readonly string[]) => this.pipeline.participantsOf(ids),
      (row) => row.trackId,
    ).load(track.id);
    return rows.filter(
      (row) => candidateView(access.caller, track, row.selectedByEmployerId) !== 'hidden',
    );
  }

  @Scoped(trackPolicy)
  @ResolveField(() => RecruitmentPlanModel, { nullable: true })
  async recruitmentPlan(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<RecruitmentPlanModel | null> {
    const [plan] = await groupedLoader(
      access.request,
      plansLoader,
      (ids: readonly string[]) => this.recruitment.plansOf(ids),
      (row) => row.trackId,
    ).load(track.id);
    return plan ?? null;
  }

  @Scoped(trackPolicy)
  @ResolveField(() => RecruitmentMaterialModel, { nullable: true })
  async recruitmentMaterial(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<RecruitmentMaterialModel | null> {
    const [material] = await groupedLoader(
      access.request,
      materialsLoader,
      (ids: readonly string[]) => this.recruitment.materialsOf(ids),
      (row) => row.trackId,
    ).load(track.id);
    return material ?? null;
  }

  @Scoped(trackPolicy)
  @Mutation(() => RecruitmentPlanModel, {
    description: 'Sets the recruitment method and dated activities (PLANNING to IMPLEMENTATION).',
  })
  setRecruitmentPlan(
    @CurrentAccess() access: Access,
    @Args('input') input: SetRecruitmentPlanInput,
  ): Promise<RecruitmentPlanModel> {
    return this.recruitment.setPlan(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => RecruitmentMaterialModel, {
    description: 'Drafts or changes the ad text and requirements; a change needs a new review.',
  })
  draftRecruitmentMaterial(
    @CurrentAccess() access: Access,
    @Args('input') input: DraftRecruitmentMaterialInput,
  ): Promise<RecruitmentMaterialModel> {
    return this.recruitment.draftMaterial(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => RecruitmentMaterialModel, {
    description: 'Records the gender-equality review of the current content.',
  })
  reviewRecruitmentMaterial(
    @CurrentAccess() access: Access,
    @Args('input') input: ReviewRecruitmentMaterialInput,
  ): Promise<RecruitmentMaterialModel> {
    return this.recruitment.reviewMaterial(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => RecruitmentMaterialModel, {
    description:
      'Publishes the material; RECRUITMENT.MATERIAL_NOT_APPROVED unless reviewed APPROVED.',
  })
  publishRecruitmentMaterial(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
  ): Promise<RecruitmentMaterialModel> {
    return this.recruitment.publishMaterial(access, trackId);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, {
    description: 'A participant in the caller’s reach becomes a candidate (IDENTIFIED).',
  })
  identifyCandidate(
    @CurrentAccess() access: Access,
    @Args('input') input: IdentifyCandidateInput,
  ): Promise<CandidateModel> {
    return this.pipeline.identify(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, { description: 'IDENTIFIED → PREREQUISITES_ASSESSED.' })
  assessCandidatePrerequisites(
    @CurrentAccess() access: Access,
    @Args('input') input: AssessCandidateInput,
  ): Promise<CandidateModel> {
    return this.pipeline.assess(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, { description: 'PREREQUISITES_ASSESSED → PREPARED.' })
  prepareCandidate(
    @CurrentAccess() access: Access,
    @Args('candidateId', { type: () => ID }) candidateId: string,
  ): Promise<CandidateModel> {
    return this.pipeline.prepare(access, candidateId);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, { description: 'PREPARED → MET_EMPLOYER.' })
  recordEmployerMeeting(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordEmployerMeetingInput,
  ): Promise<CandidateModel> {
    return this.pipeline.recordEmployerMeeting(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, {
    description:
      'The employer’s final selection: MET_EMPLOYER → ADMITTED, recorded as the employer’s; ' +
      'the candidate becomes a participant of the track.',
  })
  admitCandidate(
    @CurrentAccess() access: Access,
    @Args('input') input: AdmitCandidateInput,
  ): Promise<CandidateModel> {
    return this.pipeline.admit(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, { description: 'Not admitted, with a reason code.' })
  notAdmitCandidate(
    @CurrentAccess() access: Access,
    @Args('input') input: NotAdmitCandidateInput,
  ): Promise<CandidateModel> {
    return this.pipeline.notAdmit(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CandidateModel, {
    description:
      'The candidate declined the open invitation: voluntary, only that is kept; the status stays.',
  })
  declineInvitation(
    @CurrentAccess() access: Access,
    @Args('input') input: DeclineInvitationInput,
  ): Promise<CandidateModel> {
    return this.pipeline.declineInvitation(access, input);
  }
}

/**
 * `Participant` is a stub (`resolvable: false`): the participants subgraph resolves it. A direct
 * `_entities` call still goes through the scope mechanism and gets null, as for a missing id.
 */
@Resolver(() => ParticipantReference)
export class ParticipantReferenceResolver {
  @Scoped(trackPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() _reference: { id: string },
    @CurrentAccess() _access: Access,
  ): ParticipantReference | null {
    return null;
  }
}
