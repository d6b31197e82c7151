import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';

/** The supergraph composed at build time (`pnpm build`), committed beside this package. */
export const committedSupergraphPath = resolve(__dirname, '..', 'supergraph.graphql');

export function readCommittedSupergraph(): string {
  return readFileSync(committedSupergraphPath, 'utf8');
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((arg) => arg.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

/** The subgraph names a supergraph routes to, from its `join__Graph` enum. */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  const document = parse(supergraphSdl);
  const graphs = document.definitions.find(
    (definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (graphs?.kind !== Kind.ENUM_TYPE_DEFINITION)
    throw new Error('not a supergraph: no join__Graph enum');
  return (graphs.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const name = directive && stringArgument(directive, 'name');
    if (!name) throw new Error(`not a supergraph: ${value.name.value} has no @join__graph(name:)`);
    return name;
  });
}
