import { type Access, CurrentAccess, perRequest, Scoped } from '@jobbnatet/service-kit';
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
import DataLoader from 'dataloader';
import { agreementPolicy } from './agreement-access';
import { CollaborationAgreementModel, CreateAgreementInput } from './agreement.model';
import { AgreementsService } from './agreements.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => CollaborationAgreementModel)
export class AgreementsResolver {
  constructor(private readonly service: AgreementsService) {}

  /** One query per request for every agreement asked for, within the caller's scope. */
  private loader(access: Access): DataLoader<string, CollaborationAgreementModel | null> {
    return perRequest(
      access.request,
      this,
      () => new DataLoader((ids: readonly string[]) => this.service.findVisible(access, ids)),
    );
  }

  @Scoped(agreementPolicy)
  @Query(() => CollaborationAgreementModel, {
    nullable: true,
    description: 'A collaboration agreement you may read, or null.',
  })
  collaborationAgreement(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CollaborationAgreementModel | null> {
    return this.loader(access).load(id);
  }

  @Scoped(agreementPolicy)
  @Query(() => [CollaborationAgreementModel], { description: 'Newest first, within your scope.' })
  collaborationAgreements(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1–200.' }) first: number,
  ): Promise<CollaborationAgreementModel[]> {
    return this.service.list(access, first);
  }

  @Scoped(agreementPolicy)
  @Mutation(() => CollaborationAgreementModel, {
    description: 'Drafts an agreement: officers of its offices, case workers of its municipality.',
  })
  createCollaborationAgreement(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateAgreementInput,
  ): Promise<CollaborationAgreementModel> {
    return this.service.create(access, input);
  }

  @Scoped(agreementPolicy)
  @Mutation(() => CollaborationAgreementModel, { description: 'DRAFT → ACTIVE.' })
  activateCollaborationAgreement(
    @CurrentAccess() access: Access,
    @Args('agreementId', { type: () => ID }) agreementId: string,
  ): Promise<CollaborationAgreementModel> {
    return this.service.activate(access, agreementId);
  }

  @Scoped(agreementPolicy)
  @Mutation(() => CollaborationAgreementModel, {
    description: 'Ends a draft or active agreement; no new track rests on it afterwards.',
  })
  endCollaborationAgreement(
    @CurrentAccess() access: Access,
    @Args('agreementId', { type: () => ID }) agreementId: string,
  ): Promise<CollaborationAgreementModel> {
    return this.service.end(access, agreementId);
  }

  @Scoped(agreementPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<CollaborationAgreementModel | null> {
    return this.loader(access).load(reference.id);
  }
}
