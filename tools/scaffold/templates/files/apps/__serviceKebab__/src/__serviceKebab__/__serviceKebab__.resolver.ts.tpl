import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Create{{entityPascal}}Input } from './create-{{entityKebab}}.input';
import { {{entityCamel}}Policy } from './{{entityKebab}}-access';
import { {{entityCamel}}Loader } from './{{entityKebab}}.loader';
import { {{entityPascal}}Model } from './{{entityKebab}}.model';
import { {{servicePascal}}Service } from './{{serviceKebab}}.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => {{entityPascal}}Model)
export class {{servicePascal}}Resolver {
  constructor(private readonly service: {{servicePascal}}Service) {}

  @Scoped({{entityCamel}}Policy)
  @Query(() => {{entityPascal}}Model, {
    nullable: true,
    description: 'A {{entityWords}} in your scope, or null.',
  })
  {{entityCamel}}(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<{{entityPascal}}Model | null> {
    return {{entityCamel}}Loader(access, this.service).load(id);
  }

  @Scoped({{entityCamel}}Policy)
  @Mutation(() => {{entityPascal}}Model, { description: 'Creates a {{entityWords}} for your office.' })
  create{{entityPascal}}(
    @CurrentAccess() access: Access,
    @Args('input') input: Create{{entityPascal}}Input,
  ): Promise<{{entityPascal}}Model> {
    return this.service.create(access, input);
  }

  @Scoped({{entityCamel}}Policy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<{{entityPascal}}Model | null> {
    return {{entityCamel}}Loader(access, this.service).load(reference.id);
  }
}
