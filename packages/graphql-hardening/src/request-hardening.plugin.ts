import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { variableProblems, variableProblemsError } from './variable-problems';

export interface RequestHardeningOptions {
  /** Errors per response at most (default 10): a response never grows with the input. */
  maxErrors?: number;
}

/**
 * Apollo Server plugin for the gateway and every subgraph:
 * - an `operationName` that names no operation of the document is the client's mistake (400
 *   OPERATION_RESOLUTION_FAILURE; the gateway otherwise answers 500 INVALID_GRAPHQL);
 * - variables are checked before anything runs, stopping at a few problems, and the error names the
 *   variable and path but never quotes the value;
 * - whatever else happens, a response carries at most `maxErrors` errors.
 */
export function requestHardeningPlugin(
  options: RequestHardeningOptions = {},
): ApolloServerPlugin<BaseContext> {
  const maxErrors = options.maxErrors ?? 10;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          if (!operation) {
            throw new GraphQLError('"operationName" does not name an operation of the document', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            });
          }
          const problems = variableProblems(schema, operation, request.variables ?? {}, maxErrors);
          if (problems.length > 0) throw variableProblemsError(problems, maxErrors);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if (errors && errors.length > maxErrors)
            response.body.singleResult.errors = errors.slice(0, maxErrors);
        },
      };
    },
  };
}
