import { isDependencyOutage } from './dependency-outage';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('dependency outage', () => {
  it.each([
    ['an administrator ended the connection (57P01)', withCode('terminating connection', '57P01')],
    [
      'the server is starting or stopping (57P03)',
      withCode('the database system is starting up', '57P03'),
    ],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    [
      'the server refuses connections',
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    ],
    ['the connection ended', new Error('Connection terminated unexpectedly')],
    ['connecting timed out', new Error('Connection terminated due to connection timeout')],
    [
      'the database is closed to connections',
      withCode('database "participants" is not currently accepting connections', '55000'),
    ],
    [
      'TypeORM wraps the driver error',
      Object.assign(new Error('query failed'), { driverError: withCode('x', '57P01') }),
    ],
    ['Node reports every address refused', new AggregateError([withCode('x', 'ECONNREFUSED')])],
    [
      'the gateway cannot reach a subgraph',
      Object.assign(new Error('request failed'), {
        originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED'),
      }),
    ],
  ])('is recognised when %s', (_, error) => {
    expect(isDependencyOutage(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value', '23505')],
    ['a bug', new TypeError('Cannot read properties of undefined')],
    ['something that is not an error', 'boom'],
  ])('is not claimed for %s', (_, error) => {
    expect(isDependencyOutage(error)).toBe(false);
  });
});
