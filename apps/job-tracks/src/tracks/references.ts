import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import {
  Directive,
  Field,
  ID,
  ObjectType,
  Parent,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { trackPolicy } from '../core/track-access';

/** An employer, resolved by the employers subgraph; this one only knows the id. */
@ObjectType('Employer')
@Directive('@key(fields: "id", resolvable: false)')
export class EmployerReference {
  @Field(() => ID)
  id!: string;
}

/** A competence profile, resolved by the employers subgraph; this one only knows the id. */
@ObjectType('CompetenceProfile')
@Directive('@key(fields: "id", resolvable: false)')
export class CompetenceProfileReference {
  @Field(() => ID)
  id!: string;
}

/**
 * The stubs are `resolvable: false`: the router never asks this subgraph for one. A direct
 * `_entities` call still goes through the scope mechanism and gets null, as for a missing id.
 */
@Resolver(() => EmployerReference)
export class EmployerReferenceResolver {
  @Scoped(trackPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() _reference: { id: string },
    @CurrentAccess() _access: Access,
  ): EmployerReference | null {
    return null;
  }
}

@Resolver(() => CompetenceProfileReference)
export class CompetenceProfileReferenceResolver {
  @Scoped(trackPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() _reference: { id: string },
    @CurrentAccess() _access: Access,
  ): CompetenceProfileReference | null {
    return null;
  }
}
