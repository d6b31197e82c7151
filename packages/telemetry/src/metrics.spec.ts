import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { graphqlObservabilityPlugin } from './graphql-observability';
import { BoundedLabel, createMetricsRegistry, serveMetrics } from './metrics';

describe('metrics', () => {
  it('bounds the label values a client chooses', () => {
    const names = new BoundedLabel(2);
    expect(['a', 'b', 'c', 'a', 'd'].map((name) => names.of(name))).toEqual([
      'a',
      'b',
      '(other)',
      'a',
      '(other)',
    ]);
  });

  it('counts and times operations by name, type and outcome, and serves them as OpenMetrics', async () => {
    const registry = createMetricsRegistry('unit');
    const server = new ApolloServer({
      typeDefs: 'type Query { ok: Boolean, refused: Boolean }',
      resolvers: {
        Query: {
          ok: () => true,
          refused: () => {
            throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
          },
        },
      },
      plugins: [graphqlObservabilityPlugin(registry)],
    });
    await server.start();
    await server.executeOperation({ query: 'query Fine { ok }' });
    await server.executeOperation({ query: 'query Fine { ok }' });
    await server.executeOperation({ query: 'query Refused { refused }' });
    await server.executeOperation({ query: '{ nope' });
    await server.stop();

    const endpoint = await serveMetrics(registry, 0, '127.0.0.1');
    try {
      const response = await fetch(endpoint.url);
      expect(response.headers.get('content-type')).toContain('application/openmetrics-text');
      const text = await response.text();
      expect(text).toContain(
        'jobbnatet_graphql_operations_total{operation="Fine",type="query",code="OK",service="unit"} 2',
      );
      expect(text).toContain(
        'jobbnatet_graphql_operations_total{operation="Refused",type="query",code="FORBIDDEN",service="unit"} 1',
      );
      expect(text).toContain('operation="(invalid)",type="unknown",code="GRAPHQL_PARSE_FAILED"');
      expect(text).toMatch(
        /jobbnatet_graphql_operation_duration_seconds_count\{service="unit",operation="Fine",type="query"\} 2/,
      );
      expect(text).toMatch(/jobbnatet_process_resident_memory_bytes\{service="unit"\} \d+/);
      expect((await fetch(endpoint.url.replace('/metrics', '/graphql'))).status).toBe(404);
    } finally {
      await endpoint.close();
    }
  });
});
