import { scopeOf } from '@jobbnatet/domain-core';
import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { participantPolicy } from '../participants/participant-access';
import { ParticipantCases } from '../participants/participant-cases';
import { ParticipantModel } from '../participants/participant.model';
import { ReferPersonInput, ReferralFilterInput } from './referral.input';
import { ReferralConnection, ReferralDeclineReasonEnum, ReferralModel } from './referral.model';
import { referralPolicy } from './referral-access';
import { ReferralsService } from './referrals.service';

// The access each answered referral was read with, for its `participant` field.
const readWith = new WeakMap<object, Access>();
const remember = <T extends object>(access: Access, model: T): T => {
  readWith.set(model, access);
  return model;
};

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => ReferralModel)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly cases: ParticipantCases,
  ) {}

  @Scoped(referralPolicy)
  @Query(() => ReferralModel, {
    nullable: true,
    description: 'A referral your municipality sent or your office received, or null.',
  })
  async referral(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel | null> {
    const [model] = await this.service.findVisible(access, [id]);
    return model ? remember(access, model) : null;
  }

  @Scoped(referralPolicy)
  @Query(() => ReferralConnection, {
    description:
      'Referrals your municipality sent (case workers) or your office received (officers), newest first.',
  })
  async referrals(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ReferralFilterInput, nullable: true })
    filter?: ReferralFilterInput | null,
  ): Promise<ReferralConnection> {
    const page = await this.service.page(access, filter ?? {}, first, after);
    for (const edge of page.edges) remember(access, edge.node);
    return page;
  }

  @Scoped(referralPolicy)
  @Mutation(() => ReferralModel, {
    description:
      'Refers a person to an office that serves your municipality (municipal case workers only).',
  })
  async referPerson(
    @CurrentAccess() access: Access,
    @Args('input') input: ReferPersonInput,
  ): Promise<ReferralModel> {
    return remember(access, await this.service.refer(access, input));
  }

  @Scoped(referralPolicy)
  @Mutation(() => ReferralModel, {
    description:
      'Accepts a referral to your office: registers the person there, or links the participant already registered there.',
  })
  async acceptReferral(
    @CurrentAccess() access: Access,
    @Args('referralId', { type: () => ID }) referralId: string,
  ): Promise<ReferralModel> {
    return remember(access, await this.service.accept(access, referralId));
  }

  @Scoped(referralPolicy)
  @Mutation(() => ReferralModel, { description: 'Declines a referral to your office.' })
  async declineReferral(
    @CurrentAccess() access: Access,
    @Args('referralId', { type: () => ID }) referralId: string,
    @Args('reason', { type: () => ReferralDeclineReasonEnum }) reason: string,
  ): Promise<ReferralModel> {
    return remember(access, await this.service.decline(access, referralId, reason));
  }

  /**
   * The participant an accepted referral is linked to, as the caller sees any participant: through
   * the participants' own scope and disclosure (pseudonymous for a case worker without consent).
   */
  @ResolveField(() => ParticipantModel, { nullable: true })
  async participant(@Parent() referral: ReferralModel): Promise<ParticipantModel | null> {
    const access = readWith.get(referral);
    if (!referral.participantId || !access) return null;
    const asParticipant: Access = {
      ...access,
      scope: scopeOf(participantPolicy, access.caller),
    };
    return this.cases.loader(asParticipant).load(referral.participantId);
  }
}
