import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { participantPolicy } from './participant-access';
import { participantLoader } from './participant.loader';
import { ParticipantConnection, ParticipantModel } from './participant.model';
import { ParticipantsService } from './participants.service';
import { RegisterParticipantInput } from './register-participant.input';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => ParticipantModel)
export class ParticipantsResolver {
  constructor(private readonly service: ParticipantsService) {}

  @Scoped(participantPolicy)
  @Query(() => ParticipantModel, {
    nullable: true,
    description: 'A participant in your scope, or null.',
  })
  participant(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ParticipantModel | null> {
    return participantLoader(access, this.service).load(id);
  }

  @Scoped(participantPolicy)
  @Query(() => ParticipantConnection, { description: 'Participants in your scope, newest first.' })
  participants(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ParticipantConnection> {
    return this.service.page(access, first, after);
  }

  @Scoped(participantPolicy)
  @Mutation(() => ParticipantModel)
  registerParticipant(
    @CurrentAccess() access: Access,
    @Args('input') input: RegisterParticipantInput,
  ): Promise<ParticipantModel> {
    return this.service.register(access, input);
  }

  @Scoped(participantPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<ParticipantModel | null> {
    return participantLoader(access, this.service).load(reference.id);
  }
}
