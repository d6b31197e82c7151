import type { GraphQLFormattedError } from 'graphql';
import { createErrorFormatter } from './errors';
import type { Logger } from './logger';

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

const subgraphCrash: GraphQLFormattedError = {
  message: 'connect ECONNREFUSED 10.0.3.7:5432 at /srv/participants/dist/db.js:12',
  path: ['participant'],
  extensions: {
    code: 'INTERNAL_SERVER_ERROR',
    serviceName: 'participants',
    stacktrace: ['Error: connect ECONNREFUSED', '    at /srv/participants/dist/db.js:12:7'],
  },
};

describe('error formatting for clients', () => {
  const production = createErrorFormatter('production', silent);
  const development = createErrorFormatter('development', silent);

  it('masks an internal error in production as "Internal server error"', () => {
    expect(production(subgraphCrash, new Error(subgraphCrash.message))).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: undefined },
    });
  });

  it('masks an error without any code in production', () => {
    expect(production({ message: 'Cannot read properties of undefined' }, undefined).message).toBe(
      'Internal server error',
    );
  });

  it('masks a subgraph refusing the gateway (an HTTP-level 401) as internal, not as the caller being unauthenticated', () => {
    const refusal: GraphQLFormattedError = {
      message: '401: Unauthorized',
      extensions: {
        code: 'UNAUTHENTICATED',
        response: { url: 'http://participants.internal:4001/graphql', status: 401 },
      },
    };

    expect(production(refusal, undefined).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('passes a subgraph outage on as the retryable SERVICE_UNAVAILABLE in production', () => {
    const outage: GraphQLFormattedError = {
      message: 'Service temporarily unavailable, try again',
      path: ['participants'],
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'participants', requestId: 'r1' },
    };

    expect(production(outage, undefined)).toEqual({
      message: 'Service temporarily unavailable, try again',
      path: ['participants'],
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: undefined },
    });
  });

  it('answers a subgraph it cannot reach with SERVICE_UNAVAILABLE and no host or port', () => {
    const unreachable: GraphQLFormattedError = {
      message: 'request to http://10.0.3.7:4001/graphql failed, reason: connect ECONNREFUSED',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const fetchFailure = Object.assign(new Error(unreachable.message), {
      originalError: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });

    expect(production(unreachable, fetchFailure)).toEqual({
      message: 'Service temporarily unavailable, try again',
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: undefined },
    });
  });

  it('masks a subgraph answering 503 over HTTP as internal: that is the gateway refused', () => {
    const refusal: GraphQLFormattedError = {
      message: '503: Service Unavailable',
      extensions: { code: 'SERVICE_UNAVAILABLE', response: { status: 503 } },
    };

    expect(production(refusal, undefined).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('drops the quoted value from a variable error, in both modes', () => {
    const echo: GraphQLFormattedError = {
      message:
        'Variable "$input" got invalid value { identityNumber: "x" }; Field "y" is not defined.',
      extensions: { code: 'BAD_USER_INPUT' },
    };

    for (const format of [production, development]) {
      expect(format(echo, undefined).message).toBe('Variable "$input" got an invalid value.');
    }
  });

  it('keeps a client error message in production but only its code and request id', () => {
    const notFound: GraphQLFormattedError = {
      message: 'Deltagaren finns inte',
      path: ['participant'],
      extensions: { code: 'NOT_FOUND', serviceName: 'participants', stacktrace: ['at x'] },
    };

    expect(production(notFound, undefined)).toEqual({
      message: 'Deltagaren finns inte',
      path: ['participant'],
      extensions: { code: 'NOT_FOUND', requestId: undefined },
    });
  });

  it('keeps a client error’s retryable flag in production, so the client knows to try again', () => {
    const lagging: GraphQLFormattedError = {
      message: 'no such participant in your reach; if just registered, try again shortly',
      extensions: { code: 'NOT_FOUND', reason: 'PARTICIPANT.NOT_IN_REACH', retryable: true },
    };

    expect(production(lagging, undefined).extensions).toEqual({
      code: 'NOT_FOUND',
      retryable: true,
      requestId: undefined,
    });
  });

  it('keeps field and reason on a bad-input error in production', () => {
    const badInput: GraphQLFormattedError = {
      message: 'Ogiltig kommunkod',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'homeMunicipalityCode',
        reason: 'FORMAT',
        sql: 'SELECT 1',
      },
    };

    expect(production(badInput, undefined).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'homeMunicipalityCode',
      reason: 'FORMAT',
      requestId: undefined,
    });
  });

  it('keeps an internal error for debugging in development, without its stack trace', () => {
    expect(development(subgraphCrash, undefined)).toEqual({
      message: subgraphCrash.message,
      path: ['participant'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: 'participants',
        requestId: undefined,
      },
    });
  });

  it('logs a masked subgraph error without its message, which may quote data', () => {
    const lines: Record<string, unknown>[] = [];
    const capture: Logger = { ...silent, error: (msg, fields) => lines.push({ msg, ...fields }) };

    createErrorFormatter('production', capture)(subgraphCrash, undefined);

    expect(lines).toEqual([
      {
        msg: 'internal error',
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: 'participants',
        path: ['participant'],
      },
    ]);
  });
});
