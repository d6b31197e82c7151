import 'reflect-metadata';
import type { CallerIdentity } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';
import type { INestApplication } from '@nestjs/common';
import {
  Args,
  Directive,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  Resolver,
  ResolveReference,
  GraphQLSchemaHost,
} from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { graphql } from 'graphql';
import { subgraphGraphqlModule } from '../graphql/subgraph-graphql.module';
import { CurrentAccess, Scoped, type Access } from './scoped.decorator';
import { unscopedResolvers } from './unscoped-resolvers';

const policy: ScopePolicy<CallerIdentity['role']> = {
  officer: 'office',
  municipal_case_worker: 'municipality',
  employer_contact: 'employer',
  provider_staff: 'provider',
  admin: 'all',
  analyst: 'none',
  process_leader: 'none',
};

@ObjectType()
@Directive('@key(fields: "id")')
class Shelf {
  @Field(() => ID) id!: string;
  @Field() scope!: string;
}

const describeScope = (access: Access): string => JSON.stringify(access.scope);

@Resolver(() => Shelf)
class ScopedResolver {
  @Scoped(policy)
  @Query(() => Shelf)
  shelf(@CurrentAccess() access: Access, @Args('id', { type: () => ID }) id: string): Shelf {
    return { id, scope: describeScope(access) };
  }

  @Scoped(policy)
  @ResolveReference()
  reference(@Parent() reference: { id: string }, @CurrentAccess() access: Access): Shelf {
    return { id: reference.id, scope: describeScope(access) };
  }
}

@Resolver()
class BypassingResolver {
  @Query(() => Shelf, { name: 'anyShelf' })
  unscoped(): Shelf {
    return { id: 'x', scope: 'none' };
  }

  // Declares a policy but never reads it: as much a bypass as no policy.
  @Scoped(policy)
  @Mutation(() => Shelf)
  emptyShelf(@Args('id', { type: () => ID }) id: string): Shelf {
    return { id, scope: 'ignored' };
  }
}

async function boot(resolvers: (new () => object)[]): Promise<INestApplication> {
  const module = await Test.createTestingModule({
    imports: [subgraphGraphqlModule('scope-test', 'production')],
    providers: resolvers,
  }).compile();
  const app = module.createNestApplication({ logger: false });
  return app.init();
}

const officer: CallerIdentity = {
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  role: 'officer',
  officeId: 'af-solna',
  correlationId: 'c',
};

describe('one scope mechanism', () => {
  let app: INestApplication;
  afterEach(() => app?.close());

  it('finds no bypass when every root field and entity resolver reads a policy', async () => {
    app = await boot([ScopedResolver]);
    expect(unscopedResolvers(app)).toEqual([]);
  });

  it('names every root field that has no policy or never reads it', async () => {
    app = await boot([ScopedResolver, BypassingResolver]);
    expect(unscopedResolvers(app).sort()).toEqual(['Mutation.emptyShelf', 'Query.anyShelf']);
  });

  it('hands root fields and entity resolvers the caller’s scope under the policy', async () => {
    app = await boot([ScopedResolver]);
    const { schema } = app.get(GraphQLSchemaHost);
    const contextValue = { req: { identity: officer } };
    const office = JSON.stringify({ kind: 'office', officeId: 'af-solna' });
    const root = await graphql({ schema, source: '{ shelf(id: "1") { scope } }', contextValue });
    expect(root).toEqual({ data: { shelf: { scope: office } } });
    const entity = await graphql({
      schema,
      source:
        '{ _entities(representations: [{ __typename: "Shelf", id: "2" }]) { ... on Shelf { id scope } } }',
      contextValue: { req: { identity: { ...officer, role: 'analyst' } } },
    });
    expect(entity).toEqual({
      data: { _entities: [{ id: '2', scope: JSON.stringify({ kind: 'none' }) }] },
    });
  });
});
