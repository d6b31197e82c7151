import { readCommittedSupergraph, subgraphNamesOf } from './supergraph';

describe('subgraph names of a supergraph', () => {
  it('reads the subgraph names from the committed supergraph', () => {
    expect(subgraphNamesOf(readCommittedSupergraph())).toContain('participants');
  });

  it('refuses a schema that is not a supergraph', () => {
    expect(() => subgraphNamesOf('type Query { hello: String }')).toThrow(/not a supergraph/);
  });
});
