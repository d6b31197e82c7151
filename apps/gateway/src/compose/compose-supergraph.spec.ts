import { readFileSync } from 'node:fs';
import {
  apiSchemaFile,
  composeSupergraph,
  CompositionFailedError,
  discoverSubgraphs,
  findRepoRoot,
  supergraphFile,
} from './compose-supergraph';

const federation =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

describe('build-time supergraph composition', () => {
  const committed = () => composeSupergraph(discoverSubgraphs(findRepoRoot()));

  it('recomposes the committed subgraph schemas into exactly the committed supergraph', () => {
    expect(committed().supergraphSdl).toBe(readFileSync(supergraphFile, 'utf8'));
  });

  it('recomposes exactly the committed public API schema', () => {
    expect(committed().apiSchemaSdl).toBe(readFileSync(apiSchemaFile, 'utf8'));
  });

  it('names each subgraph after its app folder and gives it a placeholder URL', () => {
    const { supergraphSdl } = composeSupergraph([
      {
        name: 'job-tracks',
        origin: 'apps/job-tracks/schema.graphql',
        sdl: `${federation} type Query { tracks: [String] }`,
      },
    ]);

    expect(supergraphSdl).toContain(
      '@join__graph(name: "job-tracks", url: "http://job-tracks.subgraph.invalid/graphql")',
    );
  });

  it('leaves federation internals out of the public API schema', () => {
    const { apiSchemaSdl } = committed();

    expect(apiSchemaSdl).not.toMatch(/join__|link__|@link|@key/);
    expect(apiSchemaSdl).toContain('type Query');
  });

  it('fails with the composition errors when two subgraphs disagree on a field type', () => {
    const compose = () =>
      composeSupergraph([
        {
          name: 'a',
          origin: 'apps/a/schema.graphql',
          sdl: `${federation} type Query { count: Int }`,
        },
        {
          name: 'b',
          origin: 'apps/b/schema.graphql',
          sdl: `${federation} type Query { count: String }`,
        },
      ]);

    expect(compose).toThrow(CompositionFailedError);
    expect(compose).toThrow(/Query\.count/);
  });

  it('fails naming the file when a subgraph schema does not parse', () => {
    const compose = () =>
      composeSupergraph([
        { name: 'broken', origin: 'apps/broken/schema.graphql', sdl: 'type Query {' },
      ]);

    expect(compose).toThrow(/apps\/broken\/schema\.graphql: Syntax Error/);
  });

  it('fails when there is no subgraph at all', () => {
    expect(() => composeSupergraph([])).toThrow(CompositionFailedError);
  });
});
