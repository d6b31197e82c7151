import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { employerPolicy } from '../employers/employer-access';
import { EmployerModel } from '../employers/employer.model';
import { letterOfIntentPolicy } from './letter-of-intent-access';
import {
  ApproveLetterOfIntentInput,
  ChangeLetterOfIntentInput,
  CloseLetterOfIntentInput,
  DraftLetterOfIntentInput,
} from './letter-of-intent.inputs';
import { LetterOfIntentModel, LetterStatusEnum } from './letter-of-intent.model';
import { LettersOfIntentService } from './letters-of-intent.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => LetterOfIntentModel)
export class LettersOfIntentResolver {
  constructor(private readonly service: LettersOfIntentService) {}

  @Scoped(letterOfIntentPolicy)
  @Query(() => LetterOfIntentModel, {
    nullable: true,
    description: 'A letter of intent in your scope, or null.',
  })
  async letterOfIntent(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<LetterOfIntentModel | null> {
    const [letter] = await this.service.findVisible(access, [id]);
    return letter ?? null;
  }

  @Scoped(letterOfIntentPolicy)
  @Mutation(() => LetterOfIntentModel, {
    description:
      'Drafts a letter of intent, version 1 (officers of an office working with the employer).',
  })
  draftLetterOfIntent(
    @CurrentAccess() access: Access,
    @Args('input') input: DraftLetterOfIntentInput,
  ): Promise<LetterOfIntentModel> {
    return this.service.draft(access, input);
  }

  @Scoped(letterOfIntentPolicy)
  @Mutation(() => LetterOfIntentModel, {
    description:
      'Writes a new version (officers): every approval is revoked, the letter is a DRAFT again.',
  })
  changeLetterOfIntent(
    @CurrentAccess() access: Access,
    @Args('input') input: ChangeLetterOfIntentInput,
  ): Promise<LetterOfIntentModel> {
    return this.service.change(access, input);
  }

  @Scoped(letterOfIntentPolicy)
  @Mutation(() => LetterOfIntentModel, {
    description:
      'Approves the current version for a party: ARBETSFORMEDLINGEN (officers), MUNICIPALITY (case workers of its municipality), EMPLOYER (its contact), PARTICIPANT (an officer on their behalf, with a reason).',
  })
  approveLetterOfIntent(
    @CurrentAccess() access: Access,
    @Args('input') input: ApproveLetterOfIntentInput,
  ): Promise<LetterOfIntentModel> {
    return this.service.approve(access, input);
  }

  @Scoped(letterOfIntentPolicy)
  @Mutation(() => LetterOfIntentModel, { description: 'An approved letter fulfilled (officers).' })
  fulfilLetterOfIntent(
    @CurrentAccess() access: Access,
    @Args('input') input: CloseLetterOfIntentInput,
  ): Promise<LetterOfIntentModel> {
    return this.service.close(access, input, 'fulfil');
  }

  @Scoped(letterOfIntentPolicy)
  @Mutation(() => LetterOfIntentModel, {
    description: 'A draft or approved letter cancelled (officers).',
  })
  cancelLetterOfIntent(
    @CurrentAccess() access: Access,
    @Args('input') input: CloseLetterOfIntentInput,
  ): Promise<LetterOfIntentModel> {
    return this.service.close(access, input, 'cancel');
  }
}

/** `Employer.lettersOfIntent`: one statement for the employers of a whole list. */
@Resolver(() => EmployerModel)
export class EmployerLettersOfIntentResolver {
  constructor(private readonly service: LettersOfIntentService) {}

  @Scoped(employerPolicy)
  @ResolveField(() => [LetterOfIntentModel], {
    description: 'Its letters of intent, newest first.',
  })
  lettersOfIntent(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
    @Args('status', { type: () => LetterStatusEnum, nullable: true }) status?: string | null,
  ): Promise<LetterOfIntentModel[]> {
    return groupedLoader(
      access.request,
      `lettersOfIntent:${status ?? '*'}`,
      (ids: readonly string[]) => this.service.byEmployers(access, ids, status ?? null),
      (letter) => letter.employerId,
    ).load(employer.id);
  }
}
