import { rootFieldOperations } from './root-fields';

describe('root fields of a printed schema', () => {
  it('probes every query and mutation field, federation’s included', () => {
    const sdl = `
      type Shelf @key(fields: "id") { id: ID! }
      type Query { shelf(id: ID!): Shelf  shelves: [Shelf!]!  _entities(representations: [_Any!]!): [_Entity]! }
      type Mutation { addShelf: Shelf! }
      scalar _Any
      union _Entity = Shelf`;
    expect(rootFieldOperations(sdl)).toEqual([
      'query { shelf }',
      'query { shelves }',
      'query { _entities }',
      'mutation { addShelf }',
    ]);
  });
});
