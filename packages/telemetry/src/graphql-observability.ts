import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { GraphQLFormattedError } from 'graphql';
import {
  BoundedLabel,
  counter,
  observeSince,
  latencyHistogram,
  type MetricsRegistry,
} from './metrics';

/** Distinct operation names kept as labels; more than a region's clients send. */
const operationNameLimit = 200;

/** Error codes are ours (upper snake case); anything else is counted as `OTHER`. */
const errorCode = (errors: readonly GraphQLFormattedError[] | undefined): string => {
  if (!errors || errors.length === 0) return 'OK';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'OTHER';
};

/**
 * Counts and times every GraphQL operation by name, type and outcome (`OK` or the first error's
 * code), and names the request's server span after the operation. Operations that never parse or
 * validate have no name: `(invalid)`.
 */
export function graphqlObservabilityPlugin(registry: MetricsRegistry): ApolloServerPlugin {
  const requests = counter(
    registry,
    'jobbnatet_graphql_operations',
    'GraphQL operations by name, type and outcome (OK or the first error code)',
    ['operation', 'type', 'code'],
  );
  const duration = latencyHistogram(
    registry,
    'jobbnatet_graphql_operation_duration_seconds',
    'Time from receiving a GraphQL operation to sending its response',
    ['operation', 'type'],
  );
  const names = new BoundedLabel(operationNameLimit);
  return {
    async requestDidStart() {
      const startedAt = process.hrtime.bigint();
      const span = trace.getActiveSpan();
      let operation = '(invalid)';
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: definition }) {
          operation = names.of(operationName ?? '(anonymous)');
          type = definition?.operation ?? 'unknown';
          span?.updateName(`${type} ${operation}`);
          span?.setAttributes({
            'graphql.operation.name': operation,
            'graphql.operation.type': type,
          });
        },
        async willSendResponse(context: GraphQLRequestContextWillSendResponse<object>) {
          const body = context.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = errorCode(errors);
          if (code !== 'OK') span?.setAttribute('graphql.error.code', code);
          requests.inc({ operation, type, code });
          observeSince(duration, { operation, type }, startedAt);
        },
      };
    },
  };
}
