import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { caseViewOf } from '../access-log/case-view';
import { participantPolicy } from '../participants/participant-access';
import { ParticipantModel } from '../participants/participant.model';
import { ConsentModel, GiveConsentInput, WithdrawConsentInput } from './consent.model';
import { ConsentService } from './consent.service';

@Resolver(() => ParticipantModel)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @Scoped(participantPolicy)
  @Mutation(() => ConsentModel, {
    description:
      'Records the participant’s consent to share with a municipality (responsible office).',
  })
  giveConsent(
    @CurrentAccess() access: Access,
    @Args('input') input: GiveConsentInput,
  ): Promise<ConsentModel> {
    return this.service.give(access, input);
  }

  @Scoped(participantPolicy)
  @Mutation(() => ConsentModel, {
    description:
      'Records a withdrawal (the responsible office, or the municipality the consent names); it takes effect at once.',
  })
  withdrawConsent(
    @CurrentAccess() access: Access,
    @Args('input') input: WithdrawConsentInput,
  ): Promise<ConsentModel> {
    return this.service.withdraw(access, input);
  }

  @ResolveField(() => [ConsentModel], {
    nullable: true,
    description: 'Consents given and withdrawn, newest first; null unless you see personal data.',
  })
  async consents(@Parent() participant: ParticipantModel): Promise<ConsentModel[] | null> {
    const view = caseViewOf(participant);
    if (view.disclosure.level !== 'personal') return null;
    await view.audit('consents');
    return this.service.of(view.request, participant.id);
  }
}
