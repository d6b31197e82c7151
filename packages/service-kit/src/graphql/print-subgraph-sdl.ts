import type { Type } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { graphql } from 'graphql';
import { subgraphGraphqlModule } from './subgraph-graphql.module';

/**
 * Prints a subgraph's SDL from its in-process `{ _service { sdl } }`: unlike `autoSchemaFile`,
 * that keeps `@link` and `@key`. Only the resolvers are booted; what they depend on (services,
 * database, Kafka) is replaced by empty stand-ins, since printing never calls a resolver.
 * `orphanedTypes` as for `subgraphGraphqlModule`.
 */
export async function printSubgraphSdl(
  serviceName: string,
  resolvers: Type[],
  orphanedTypes: Type[] = [],
): Promise<string> {
  const dependencies = new Set(
    resolvers.flatMap(
      (resolver) => (Reflect.getMetadata('design:paramtypes', resolver) ?? []) as Type[],
    ),
  );
  const testingModule = await Test.createTestingModule({
    imports: [subgraphGraphqlModule(serviceName, 'production', orphanedTypes)],
    providers: [
      ...resolvers,
      ...[...dependencies].map((dependency) => ({ provide: dependency, useValue: {} })),
    ],
  }).compile();
  const app = testingModule.createNestApplication({ logger: false });
  await app.init();
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    const result = await graphql({ schema, source: '{ _service { sdl } }' });
    const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
    if (!sdl) throw new Error(`could not print the SDL: ${JSON.stringify(result.errors)}`);
    return `${sdl.trim()}\n`;
  } finally {
    await app.close();
  }
}
