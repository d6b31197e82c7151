import type { CallerIdentity } from '@jobbnatet/contracts';
import { CurrentCaller } from '@jobbnatet/service-kit';
import { Args, Context, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Create{{entityPascal}}Input } from './create-{{entityKebab}}.input';
import { {{entityCamel}}Loader } from './{{entityKebab}}.loader';
import { {{entityPascal}}Model } from './{{entityKebab}}.model';
import { {{servicePascal}}Service } from './{{serviceKebab}}.service';

/** Thin: arguments in, use case, model out. Authorisation lives in the service. */
@Resolver(() => {{entityPascal}}Model)
export class {{servicePascal}}Resolver {
  constructor(private readonly service: {{servicePascal}}Service) {}

  @Query(() => {{entityPascal}}Model, {
    nullable: true,
    description: 'A {{entityWords}} in your scope, or null.',
  })
  {{entityCamel}}(
    @CurrentCaller() caller: CallerIdentity,
    @Context() context: object,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<{{entityPascal}}Model | null> {
    return {{entityCamel}}Loader(context, caller, this.service).load(id);
  }

  @Mutation(() => {{entityPascal}}Model, { description: 'Creates a {{entityWords}} for your office.' })
  create{{entityPascal}}(
    @CurrentCaller() caller: CallerIdentity,
    @Args('input') input: Create{{entityPascal}}Input,
  ): Promise<{{entityPascal}}Model> {
    return this.service.create(caller, input);
  }

  @ResolveReference()
  resolveReference(
    reference: { id: string },
    context: { req: { identity?: CallerIdentity } },
  ): Promise<{{entityPascal}}Model | null> {
    const caller = context.req.identity;
    if (!caller) throw new Error('no verified identity on an _entities request');
    return {{entityCamel}}Loader(context, caller, this.service).load(reference.id);
  }
}
