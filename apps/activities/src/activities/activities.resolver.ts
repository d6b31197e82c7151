import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CreateOfferingInput } from './create-offering.input';
import { offeringPolicy } from './offering-access';
import { offeringLoader } from './offering.loader';
import { OfferingModel } from './offering.model';
import { ActivitiesService } from './activities.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => OfferingModel)
export class ActivitiesResolver {
  constructor(private readonly service: ActivitiesService) {}

  @Scoped(offeringPolicy)
  @Query(() => OfferingModel, {
    nullable: true,
    description: 'A offering in your scope, or null.',
  })
  offering(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OfferingModel | null> {
    return offeringLoader(access, this.service).load(id);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => OfferingModel, { description: 'Creates a offering for your office.' })
  createOffering(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateOfferingInput,
  ): Promise<OfferingModel> {
    return this.service.create(access, input);
  }

  @Scoped(offeringPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<OfferingModel | null> {
    return offeringLoader(access, this.service).load(reference.id);
  }
}
