import type { KeyObject } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { identityHeader, signIdentity } from '@jobbnatet/contracts';
import {
  currentTraceparent,
  inSpan,
  observeSince,
  SpanKind,
  type Histogram,
} from '@jobbnatet/telemetry';
import type { GatewayContext } from './gateway-context';
import { correlationHeader } from './request-scope';
import { subgraphFetcher } from './subgraph-fetcher';

/**
 * Sends each subgraph fetch with the caller's identity, signed for that subgraph (audience) and bound
 * to exactly what the subgraph receives (operation text, operation name and variables), with a fresh
 * `jti` and the signing key's `kid`, plus the request's correlation id and trace context. Each
 * fetch is a client span and a sample of its subgraph's fetch time.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraphName: string;
  private readonly signingKey: KeyObject;
  private readonly signingKeyId: string;
  private readonly fetchDuration: Histogram<'subgraph' | 'outcome'>;

  constructor(options: {
    subgraphName: string;
    url: string;
    signingKey: KeyObject;
    signingKeyId: string;
    fetchDuration: Histogram<'subgraph' | 'outcome'>;
  }) {
    super({ url: options.url, fetcher: subgraphFetcher });
    this.subgraphName = options.subgraphName;
    this.signingKey = options.signingKey;
    this.signingKeyId = options.signingKeyId;
    this.fetchDuration = options.fetchDuration;
  }

  override process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    const subgraph = this.subgraphName;
    return inSpan(
      `fetch ${subgraph}`,
      { kind: SpanKind.CLIENT, attributes: { 'jobbnatet.subgraph': subgraph } },
      async () => {
        const startedAt = process.hrtime.bigint();
        let outcome = 'error';
        try {
          const response = await super.process(options);
          outcome = response.errors?.length ? 'graphql-errors' : 'ok';
          return response;
        } finally {
          observeSince(this.fetchDuration, { subgraph, outcome }, startedAt);
        }
      },
    );
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    // Only client operations carry a caller; health checks and schema loading are off anyway.
    if (!('incomingRequestContext' in options)) return;
    const { request, context } = options;
    if (!context.identity || request.query === undefined || !request.http) {
      throw new Error(
        `cannot forward an identity to ${this.subgraphName}: no caller or no operation`,
      );
    }
    const signed = await signIdentity(context.identity, {
      key: this.signingKey,
      keyId: this.signingKeyId,
      audience: this.subgraphName,
      operation: {
        query: request.query,
        operationName: request.operationName,
        variables: request.variables,
      },
    });
    request.http.headers.set(identityHeader, signed);
    request.http.headers.set(correlationHeader, context.correlationId);
    const traceparent = currentTraceparent();
    if (traceparent) request.http.headers.set('traceparent', traceparent);
  }
}
