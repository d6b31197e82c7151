import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CreateEmployerInput } from './create-employer.input';
import { employerPolicy } from './employer-access';
import { employerLoader } from './employer.loader';
import { EmployerModel } from './employer.model';
import { EmployersService } from './employers.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => EmployerModel)
export class EmployersResolver {
  constructor(private readonly service: EmployersService) {}

  @Scoped(employerPolicy)
  @Query(() => EmployerModel, {
    nullable: true,
    description: 'A employer in your scope, or null.',
  })
  employer(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EmployerModel | null> {
    return employerLoader(access, this.service).load(id);
  }

  @Scoped(employerPolicy)
  @Mutation(() => EmployerModel, { description: 'Creates a employer for your office.' })
  createEmployer(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateEmployerInput,
  ): Promise<EmployerModel> {
    return this.service.create(access, input);
  }

  @Scoped(employerPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<EmployerModel | null> {
    return employerLoader(access, this.service).load(reference.id);
  }
}
