import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { participantPolicy } from './participant-access';
import { ParticipantCases } from './participant-cases';
import { ParticipantFilterInput } from './participant-filter.input';
import { adminReason, selectsField } from './participant-page';
import { ParticipantConnection, ParticipantModel } from './participant.model';
import { ParticipantChanges } from './participant-changes.service';
import { ParticipantList } from './participant-list';
import { ParticipantsService } from './participants.service';
import { RegisterParticipantInput, UpdateParticipantInput } from './register-participant.input';

const reasonArg = {
  type: () => String,
  nullable: true,
  description:
    'Admins only: why you read personal data. Without it an admin sees id and pseudonym.',
} as const;

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => ParticipantModel)
export class ParticipantsResolver {
  constructor(
    private readonly service: ParticipantsService,
    private readonly cases: ParticipantCases,
    private readonly list: ParticipantList,
    private readonly changes: ParticipantChanges,
  ) {}

  @Scoped(participantPolicy)
  @Query(() => ParticipantModel, {
    nullable: true,
    description: 'A participant in your scope, or null.',
  })
  async participant(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', reasonArg) reason?: string | null,
  ): Promise<ParticipantModel | null> {
    const stated = adminReason(reason);
    if (stated) return (await this.cases.findVisible(access, [id], stated))[0] ?? null;
    return this.cases.loader(access).load(id);
  }

  @Scoped(participantPolicy)
  @Query(() => ParticipantConnection, {
    description: 'Participants in your scope, newest first, narrowed by the filter.',
  })
  participants(
    @CurrentAccess() access: Access,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ParticipantFilterInput, nullable: true })
    filter?: ParticipantFilterInput | null,
    @Args('reason', reasonArg) reason?: string | null,
  ): Promise<ParticipantConnection> {
    // Counting a large office is the expensive part of a page: only when it is asked for.
    const withCount = selectsField(info, 'totalCount');
    return this.list.page(access, filter ?? {}, { first, after, reason, withCount });
  }

  @Scoped(participantPolicy)
  @Mutation(() => ParticipantModel, {
    description: 'Registers a job seeker at your office (officers only; a municipality refers).',
  })
  registerParticipant(
    @CurrentAccess() access: Access,
    @Args('input') input: RegisterParticipantInput,
  ): Promise<ParticipantModel> {
    return this.service.register(access, input);
  }

  @Scoped(participantPolicy)
  @Mutation(() => ParticipantModel, {
    description: 'Changes details or corrects identity fields (the responsible office).',
  })
  updateParticipant(
    @CurrentAccess() access: Access,
    @Args('input') input: UpdateParticipantInput,
  ): Promise<ParticipantModel> {
    return this.changes.update(access, input);
  }

  @Scoped(participantPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<ParticipantModel | null> {
    return this.cases.loader(access).load(reference.id);
  }
}
