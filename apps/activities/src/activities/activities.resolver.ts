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
import {
  AddInterventionTypeInput,
  AvailabilityFilter,
  ChangeOfferingStatusInput,
  CreateOfferingInput,
  RegisterProviderInput,
} from './offering.inputs';
import { offeringPolicy } from './offering-access';
import { offeringLoader } from './offering.loader';
import { InterventionTypeModel, OfferingModel, ProviderModel } from './offering.model';
import { ActivitiesService } from './activities.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => OfferingModel)
export class ActivitiesResolver {
  constructor(private readonly service: ActivitiesService) {}

  @Scoped(offeringPolicy)
  @Query(() => OfferingModel, { nullable: true, description: 'An offering you may read, or null.' })
  offering(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OfferingModel | null> {
    return offeringLoader(access, this.service).load(id);
  }

  @Scoped(offeringPolicy)
  @Query(() => [OfferingModel], {
    description:
      'Bookable offerings (PLANNED/OPEN) overlapping the window with seats left, best fit first: ' +
      'occupation match, then matching competences, then earliest start.',
  })
  availableOfferings(
    @CurrentAccess() access: Access,
    @Args('filter') filter: AvailabilityFilter,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1–100.' }) first: number,
  ): Promise<OfferingModel[]> {
    return this.service.availableOfferings(access, filter, first);
  }

  @Scoped(offeringPolicy)
  @Query(() => [InterventionTypeModel], { description: 'Every intervention type.' })
  async interventionTypes(@CurrentAccess() access: Access): Promise<InterventionTypeModel[]> {
    return access.scope.kind === 'none' ? [] : this.service.interventionTypes();
  }

  @Scoped(offeringPolicy)
  @Query(() => [ProviderModel], { description: 'Providers (first 500 by name).' })
  providers(@CurrentAccess() access: Access): Promise<ProviderModel[]> {
    return this.service.providers(access);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => InterventionTypeModel, { description: 'Adds an intervention type (admins).' })
  addInterventionType(
    @CurrentAccess() access: Access,
    @Args('input') input: AddInterventionTypeInput,
  ): Promise<InterventionTypeModel> {
    return this.service.addInterventionType(access, input);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => ProviderModel, { description: 'Registers a provider (admins and officers).' })
  registerProvider(
    @CurrentAccess() access: Access,
    @Args('input') input: RegisterProviderInput,
  ): Promise<ProviderModel> {
    return this.service.registerProvider(access, input);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => OfferingModel, {
    description:
      'Creates a PLANNED offering: officers for offerings including their office, municipal case ' +
      'workers for offerings in their municipality.',
  })
  createOffering(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateOfferingInput,
  ): Promise<OfferingModel> {
    return this.service.createOffering(access, input);
  }

  @Scoped(offeringPolicy)
  @Mutation(() => OfferingModel, { description: 'Moves an offering along its status rule.' })
  changeOfferingStatus(
    @CurrentAccess() access: Access,
    @Args('input') input: ChangeOfferingStatusInput,
  ): Promise<OfferingModel> {
    return this.service.changeOfferingStatus(access, input.offeringId, input.status);
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
