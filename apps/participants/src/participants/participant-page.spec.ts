import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from './participant-page';

/** The resolve info of the operation's first root field, as graphql-js hands it to a resolver. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const [operation, ...rest] = parsed.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const fragments = Object.fromEntries(
    rest
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment: FragmentDefinitionNode) => [fragment.name.value, fragment]),
  );
  const root = operation.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) throw new Error('no root field');
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsField', () => {
  it('finds a field selected directly', () => {
    expect(selectsField(infoOf('{ participants { totalCount } }'), 'totalCount')).toBe(true);
  });

  it('finds it through inline fragments and named fragments, nested', () => {
    const info = infoOf(`{ participants { ...Outer } }
      fragment Outer on ParticipantConnection { ... on ParticipantConnection { ...Inner } }
      fragment Inner on ParticipantConnection { totalCount }`);
    expect(selectsField(info, 'totalCount')).toBe(true);
  });

  it('does not find it when it is not selected, or only deeper down', () => {
    expect(selectsField(infoOf('{ participants { edges { cursor } } }'), 'totalCount')).toBe(false);
    expect(
      selectsField(infoOf('{ participants { edges { node { totalCount } } } }'), 'totalCount'),
    ).toBe(false);
  });

  it('reads each fragment once, however often it is spread', () => {
    // Forty fragments, each spreading the next twice: 2^40 visits if each spread were read again.
    const depth = 40;
    const fragments = Array.from({ length: depth }, (_, level) =>
      level === depth - 1
        ? `fragment F${level} on ParticipantConnection { edges { cursor } }`
        : `fragment F${level} on ParticipantConnection { ...F${level + 1} ...F${level + 1} }`,
    );
    const info = infoOf(`{ participants { ...F0 } } ${fragments.join(' ')}`);
    expect(selectsField(info, 'totalCount')).toBe(false);
  });
});
