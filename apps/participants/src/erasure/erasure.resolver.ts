import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
} from '@nestjs/graphql';
import { participantPolicy } from '../participants/participant-access';
import { ErasureService } from './erasure.service';

@InputType()
export class EraseParticipantInput {
  @Field(() => ID) participantId!: string;
  @Field({ description: 'Why (the request it answers): 3–500 characters, kept in the access log.' })
  reason!: string;
}

@ObjectType('ParticipantErasure')
export class ErasureModel {
  @Field(() => ID) participantId!: string;
  @Field(() => GraphQLISODateTime) erasedAt!: Date;
}

@Resolver()
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

  @Scoped(participantPolicy)
  @Mutation(() => ErasureModel, {
    description:
      'Erases a participant’s personal data on request (admins, with a reason); the case stays as an anonymous statistical record.',
  })
  eraseParticipant(
    @CurrentAccess() access: Access,
    @Args('input') input: EraseParticipantInput,
  ): Promise<ErasureModel> {
    return this.erasure.erase(access, input);
  }
}
