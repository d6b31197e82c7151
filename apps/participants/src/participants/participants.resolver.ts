import type { CallerIdentity } from '@jobbnatet/contracts';
import { CurrentCaller } from '@jobbnatet/service-kit';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { participantLoader } from './participant.loader';
import { ParticipantConnection, ParticipantModel } from './participant.model';
import { ParticipantsService } from './participants.service';
import { RegisterParticipantInput } from './register-participant.input';

/** Thin: arguments in, use case, model out. Authorisation lives in the service. */
@Resolver(() => ParticipantModel)
export class ParticipantsResolver {
  constructor(private readonly service: ParticipantsService) {}

  @Query(() => ParticipantModel, {
    nullable: true,
    description: 'A participant in your scope, or null.',
  })
  participant(
    @CurrentCaller() caller: CallerIdentity,
    @Context() context: object,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ParticipantModel | null> {
    return participantLoader(context, caller, this.service).load(id);
  }

  @Query(() => ParticipantConnection, { description: 'Participants in your scope, newest first.' })
  participants(
    @CurrentCaller() caller: CallerIdentity,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ParticipantConnection> {
    return this.service.page(caller, first, after);
  }

  @Mutation(() => ParticipantModel)
  registerParticipant(
    @CurrentCaller() caller: CallerIdentity,
    @Args('input') input: RegisterParticipantInput,
  ): Promise<ParticipantModel> {
    return this.service.register(caller, input);
  }

  @ResolveReference()
  resolveReference(
    reference: { id: string },
    context: { req: { identity?: CallerIdentity } },
  ): Promise<ParticipantModel | null> {
    const caller = context.req.identity;
    if (!caller) throw new Error('no verified identity on an _entities request');
    return participantLoader(context, caller, this.service).load(reference.id);
  }
}
