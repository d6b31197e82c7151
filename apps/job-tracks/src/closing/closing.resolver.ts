import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JobTrackModel } from '../core/job-track.model';
import { trackPolicy } from '../core/track-access';
import {
  CertificateRecordModel,
  EvaluationDraftInput,
  HandOverModel,
  HandOverParticipantInput,
  ParticipantResultModel,
  RecordCertificateInput,
  RecordParticipantResultInput,
  TrackEvaluationModel,
} from './closing.model';
import { ClosingService } from './closing.service';

/**
 * Closing records are the parties' (AF, the municipality, process leaders, admins): an employer
 * contact, who reads the track itself, sees none of them.
 */
const isParty = (access: Access) => access.caller.role !== 'employer_contact';

/** Closing and evaluation on a track; the track was reached through its scope already. */
@Resolver(() => JobTrackModel)
export class ClosingResolver {
  private readonly owners = {
    results: Symbol('results'),
    certificates: Symbol('certificates'),
    handOvers: Symbol('handOvers'),
    handOversIn: Symbol('handOversIn'),
    evaluation: Symbol('evaluation'),
  };

  constructor(private readonly service: ClosingService) {}

  @Scoped(trackPolicy)
  @ResolveField(() => [ParticipantResultModel], { description: 'Each participant’s result.' })
  async participantResults(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<ParticipantResultModel[]> {
    if (!isParty(access)) return [];
    return groupedLoader(
      access.request,
      this.owners.results,
      (ids: readonly string[]) => this.service.resultsOf(ids),
      (row) => row.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [CertificateRecordModel], { description: 'Grades and certificates issued.' })
  async certificates(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<CertificateRecordModel[]> {
    if (!isParty(access)) return [];
    return groupedLoader(
      access.request,
      this.owners.certificates,
      (ids: readonly string[]) => this.service.certificatesOf(ids),
      (row) => row.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [HandOverModel], { description: 'Participants handed over to next tracks.' })
  async handOvers(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<HandOverModel[]> {
    if (!isParty(access)) return [];
    return groupedLoader(
      access.request,
      this.owners.handOvers,
      (ids: readonly string[]) => this.service.handOversOf(ids, 'track_id'),
      (row) => row.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [HandOverModel], {
    description: 'Participants handed over to this track from earlier ones, for its recruitment.',
  })
  async handOversIn(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<HandOverModel[]> {
    if (!isParty(access)) return [];
    return groupedLoader(
      access.request,
      this.owners.handOversIn,
      (ids: readonly string[]) => this.service.handOversOf(ids, 'target_track_id'),
      (row) => row.targetTrackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => TrackEvaluationModel, {
    nullable: true,
    description: 'The joint evaluation: null until a draft is saved.',
  })
  async evaluation(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
  ): Promise<TrackEvaluationModel | null> {
    if (!isParty(access)) return null;
    const [evaluation] = await groupedLoader(
      access.request,
      this.owners.evaluation,
      (ids: readonly string[]) => this.service.evaluationsOf(ids),
      (row) => row.trackId,
    ).load(track.id);
    return evaluation ?? null;
  }

  @Scoped(trackPolicy)
  @Mutation(() => ParticipantResultModel, {
    description:
      'Records a participant’s result in the CLOSING phase: EMPLOYED with its form, or ' +
      'OTHER_INTERVENTION / DISCONTINUED with a reason. Correctable until the evaluation is published.',
  })
  recordParticipantResult(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordParticipantResultInput,
  ): Promise<ParticipantResultModel> {
    return this.service.recordResult(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => CertificateRecordModel, {
    description: 'Records that grades and certificates were issued to a participant; once each.',
  })
  recordCertificate(
    @CurrentAccess() access: Access,
    @Args('input') input: RecordCertificateInput,
  ): Promise<CertificateRecordModel> {
    return this.service.recordCertificate(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => HandOverModel, {
    description:
      'Hands a participant not hired over to recruitment for another track (PLANNING or ' +
      'RECRUITMENT, one you may write).',
  })
  handOverParticipant(
    @CurrentAccess() access: Access,
    @Args('input') input: HandOverParticipantInput,
  ): Promise<HandOverModel> {
    return this.service.handOver(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => TrackEvaluationModel, {
    description: 'Saves the whole evaluation draft; any change withdraws approvals given so far.',
  })
  saveEvaluationDraft(
    @CurrentAccess() access: Access,
    @Args('input') input: EvaluationDraftInput,
  ): Promise<TrackEvaluationModel> {
    return this.service.saveDraft(access, { ...input });
  }

  @Scoped(trackPolicy)
  @Mutation(() => TrackEvaluationModel, {
    description:
      'Approves the current complete draft for the caller’s party: an officer for AF, a case ' +
      'worker for the municipality.',
  })
  approveEvaluation(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
  ): Promise<TrackEvaluationModel> {
    return this.service.approve(access, trackId);
  }

  @Scoped(trackPolicy)
  @Mutation(() => TrackEvaluationModel, {
    description:
      'Publishes the evaluation approved by both AF and the municipality; it is then frozen, ' +
      'with the counts computed from the results.',
  })
  publishEvaluation(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
  ): Promise<TrackEvaluationModel> {
    return this.service.publish(access, trackId);
  }
}
