import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf, type Scope, type ScopePolicy } from '@jobbnatet/domain-core';
import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, RESOLVER_REFERENCE_METADATA } from '@nestjs/graphql';
import type { RequestWithIdentity } from '../identity/identity.middleware';

/** Metadata key of a resolver method's scope policy (read by `@Access()` and the resolver audit). */
export const SCOPE_POLICY = 'jobbnatet:scope-policy';

/** The verified caller and the scope its role gets under the resolver's policy. */
export interface Access {
  readonly caller: CallerIdentity;
  readonly scope: Scope;
  /** The request's GraphQL context: the key of per-request caches such as DataLoaders. */
  readonly request: object;
}

/**
 * States which records each role reaches through this root field or entity resolver. Every Query,
 * Mutation and `@ResolveReference` carries one (the harness's resolver audit fails otherwise), and
 * reads the result through `@Access()`.
 */
export const Scoped = (policy: ScopePolicy<Role>): MethodDecorator =>
  SetMetadata(SCOPE_POLICY, policy);

type GraphqlContext = { req: RequestWithIdentity };

/** The GraphQL context: `__resolveReference` gets (reference, context, info), root fields the usual four. */
function graphqlContext(context: ExecutionContext): GraphqlContext {
  const isReference =
    Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, context.getHandler()) === true;
  return isReference
    ? context.getArgByIndex<GraphqlContext>(1)
    : GqlExecutionContext.create(context).getContext<GraphqlContext>();
}

/** Exported for the resolver audit, which checks that a scoped resolver really reads its access. */
export function resolveAccess(_data: unknown, context: ExecutionContext): Access {
  const policy = Reflect.getMetadata(SCOPE_POLICY, context.getHandler()) as
    | ScopePolicy<Role>
    | undefined;
  if (!policy) {
    throw new Error(
      `${context.getClass().name}.${context.getHandler().name} has no @Scoped policy`,
    );
  }
  const request = graphqlContext(context);
  const caller = request.req.identity;
  if (!caller) throw new Error('no verified identity on a GraphQL request');
  return { caller, scope: scopeOf(policy, caller), request };
}

/**
 * The caller and their scope under this resolver's `@Scoped` policy; throws for a resolver without
 * one. In a `@ResolveReference` method take the reference with `@Parent()`.
 */
export const CurrentAccess = createParamDecorator(resolveAccess);
