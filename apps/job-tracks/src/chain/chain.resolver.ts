import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { isUuid } from '../core/input-rules';
import { JobTrackModel } from '../core/job-track.model';
import { mayWriteTrack, trackPolicy } from '../core/track-access';
import { AdaptationsService } from './adaptations.service';
import {
  AdaptParticipantChainInput,
  AddChainStepInput,
  ChainStepModel,
  ChangeChainStepInput,
  MethodTemplateModel,
  MoveChainStepInput,
  OfferingReference,
  ParticipantChainModel,
  SaveTrackAsTemplateInput,
} from './chain.model';
import { ChainService } from './chain.service';
import { TemplatesService } from './templates.service';

/** The per-request loader's owner (one per field, so two fields never share a loader). */
const chainLoader = {};

/** The planned chain, templates and per-participant adaptations. Thin: scope and input in. */
@Resolver(() => JobTrackModel)
export class ChainResolver {
  constructor(
    private readonly steps: ChainService,
    private readonly templates: TemplatesService,
    private readonly adaptations: AdaptationsService,
  ) {}

  /** The track was reached through the scope already; chains come in one query per request. */
  @ResolveField(() => [ChainStepModel], { description: 'The planned chain, in order.' })
  chain(@Parent() track: JobTrackModel, @Context() request: object): Promise<ChainStepModel[]> {
    return groupedLoader(
      request,
      chainLoader,
      (ids: readonly string[]) => this.steps.chainsOf(ids),
      (step) => step.trackId,
    ).load(track.id);
  }

  @Scoped(trackPolicy)
  @ResolveField(() => [ParticipantChainModel], {
    description:
      'Participants’ current chains (the planned chain with their adaptations): one ' +
      'participant’s, or every adapted participant’s. Reasons only for the track’s team.',
  })
  async participantChains(
    @Parent() track: JobTrackModel,
    @CurrentAccess() access: Access,
    @Args('participantId', { type: () => ID, nullable: true }) participantId: string | null,
  ): Promise<ParticipantChainModel[]> {
    // A malformed id names no participant: nothing to show, as for one without a chain.
    if (participantId != null && !isUuid(participantId)) return [];
    const chains = await this.adaptations.chainsOf(
      [track.id],
      participantId?.toLowerCase() ?? null,
    );
    const team = mayWriteTrack(access.caller, track);
    return chains.map((chain) => ({
      ...chain,
      adaptations: chain.adaptations.map((a) => ({ ...a, reason: team ? a.reason : null })),
    }));
  }

  @Scoped(trackPolicy)
  @Query(() => [MethodTemplateModel], {
    description: 'The method templates: the Jobbnätet method and designs saved from tracks.',
  })
  methodTemplates(@CurrentAccess() access: Access): Promise<MethodTemplateModel[]> {
    return access.scope.kind === 'none' ? Promise.resolve([]) : this.templates.list();
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, { description: 'Adds a step to the chain (PLANNING).' })
  addChainStep(
    @CurrentAccess() access: Access,
    @Args('input') input: AddChainStepInput,
  ): Promise<JobTrackModel> {
    return this.steps.add(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, { description: 'Changes a step of the chain (PLANNING).' })
  changeChainStep(
    @CurrentAccess() access: Access,
    @Args('input') input: ChangeChainStepInput,
  ): Promise<JobTrackModel> {
    return this.steps.change(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, { description: 'Moves a step to another position (PLANNING).' })
  moveChainStep(
    @CurrentAccess() access: Access,
    @Args('input') input: MoveChainStepInput,
  ): Promise<JobTrackModel> {
    return this.steps.move(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, { description: 'Removes a step from the chain (PLANNING).' })
  removeChainStep(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
    @Args('stepId', { type: () => ID }) stepId: string,
  ): Promise<JobTrackModel> {
    return this.steps.remove(access, trackId, stepId);
  }

  @Scoped(trackPolicy)
  @Mutation(() => JobTrackModel, {
    description:
      'Gives a track in PLANNING with an empty chain a template’s chain and follow-up schedule.',
  })
  applyTemplate(
    @CurrentAccess() access: Access,
    @Args('trackId', { type: () => ID }) trackId: string,
    @Args('templateCode') templateCode: string,
  ): Promise<JobTrackModel> {
    return this.templates.apply(access, trackId, templateCode);
  }

  @Scoped(trackPolicy)
  @Mutation(() => MethodTemplateModel, {
    description: 'Copies a CLOSED track’s chain and follow-up plan into a new template.',
  })
  saveTrackAsTemplate(
    @CurrentAccess() access: Access,
    @Args('input') input: SaveTrackAsTemplateInput,
  ): Promise<MethodTemplateModel> {
    return this.templates.saveFromTrack(access, input);
  }

  @Scoped(trackPolicy)
  @Mutation(() => ParticipantChainModel, {
    description:
      'Adds, removes or shortens a step for one participant, with a reason (IMPLEMENTATION).',
  })
  adaptParticipantChain(
    @CurrentAccess() access: Access,
    @Args('input') input: AdaptParticipantChainInput,
  ): Promise<ParticipantChainModel> {
    return this.adaptations.adapt(access, input);
  }
}

@Resolver(() => ChainStepModel)
export class ChainStepResolver {
  @ResolveField(() => OfferingReference, {
    nullable: true,
    description: 'The offering, resolved by the activities subgraph.',
  })
  offering(@Parent() step: ChainStepModel): OfferingReference | null {
    return step.offeringId ? { id: step.offeringId } : null;
  }
}

/**
 * The stub is `resolvable: false`: the router never asks this subgraph for one. A direct
 * `_entities` call still goes through the scope mechanism and gets null, as for a missing id.
 */
@Resolver(() => OfferingReference)
export class OfferingReferenceResolver {
  @Scoped(trackPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() _reference: { id: string },
    @CurrentAccess() _access: Access,
  ): OfferingReference | null {
    return null;
  }
}
