import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { JsonLogger } from '../logging/json-logger';
import { runInRequestContext } from '../logging/request-context';
import { formatSubgraphError } from './format-error';

const format = formatSubgraphError(new JsonLogger('test', 'error'));
const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('subgraph error formatting', () => {
  beforeEach(() => jest.spyOn(process.stdout, 'write').mockImplementation(() => true));
  afterEach(() => jest.restoreAllMocks());

  it('gives a domain error its GraphQL code, stable reason and field', () => {
    const error = new DomainError(
      'validation',
      'PARTICIPANT.INVALID_INPUT',
      'givenName is empty',
      'givenName',
    );
    expect(format({ message: error.message }, wrap(error))).toEqual({
      message: 'givenName is empty',
      path: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'PARTICIPANT.INVALID_INPUT',
        field: 'givenName',
      },
    });
  });

  it('tells the client when the same call may succeed shortly', () => {
    const error = new DomainError(
      'not_found',
      'PARTICIPANT.NOT_IN_REACH',
      'no such participant in your reach',
      'participantId',
      true,
    );
    expect(format({ message: error.message }, wrap(error)).extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'PARTICIPANT.NOT_IN_REACH',
      field: 'participantId',
      retryable: true,
    });
  });

  it('masks anything else, keeping only a request id to find it in the logs', () => {
    const leak = new Error(
      'duplicate key in relation "participant" on db.internal:5432 at /srv/app.ts',
    );
    const formatted = runInRequestContext({ correlationId: 'req-1' }, () =>
      format(
        { message: leak.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } },
        wrap(leak),
      ),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('answers a database outage with the retryable SERVICE_UNAVAILABLE', () => {
    const outage = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    const formatted = runInRequestContext({ correlationId: 'req-2' }, () =>
      format({ message: outage.message }, wrap(outage)),
    );
    expect(formatted).toEqual({
      message: 'Service temporarily unavailable, try again',
      path: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: 'req-2' },
    });
  });

  it('drops the quoted value from a variable error and keeps the field', () => {
    const formatted = format(
      {
        message:
          'Variable "$input" got invalid value { givenName: "Ida" }; Field "x" is not defined.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input', stacktrace: ['…'] },
      },
      undefined,
    );
    expect(formatted).toEqual({
      message: 'Variable "$input" got an invalid value.',
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'input' },
    });
  });

  it('lets GraphQL validation errors through unchanged', () => {
    const formatted = format(
      { message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      undefined,
    );
    expect(formatted).toMatchObject({
      message: 'Cannot query field "nope"',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
