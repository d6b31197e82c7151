import { ApolloServer } from '@apollo/server';
import { requestHardeningPlugin } from './request-hardening.plugin';
import { withoutInputValue } from './variable-problems';

const typeDefs = `#graphql
  input RegisterInput { givenName: String!, officeId: String! }
  type Query { hello: String }
  type Mutation { register(input: RegisterInput!): String }
`;
const register = 'mutation R($input: RegisterInput!) { register(input: $input) }';

describe('request hardening', () => {
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { hello: () => 'hej' }, Mutation: { register: () => 'ok' } },
    plugins: [requestHardeningPlugin({ maxErrors: 10 })],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (request: Parameters<typeof server.executeOperation>[0]) => {
    const response = await server.executeOperation(request);
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  };

  it('answers an input with a thousand unknown keys with one small error naming a field, not the value', async () => {
    const input: Record<string, string> = { givenName: 'Ida', officeId: 'af-sodertalje' };
    for (let i = 0; i < 1000; i++) input[`k${i}`] = 'personal-looking value';

    const { status, result } = await run({ query: register, variables: { input } });

    expect(status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$input" got an invalid value at "input.k0"/),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.k0' },
    });
    expect(JSON.stringify(result)).not.toContain('personal-looking value');
    expect(JSON.stringify(result).length).toBeLessThan(1000);
  });

  it('names a scalar variable of the wrong type without quoting it', async () => {
    const { status, result } = await run({
      query: register,
      variables: { input: { givenName: { secret: 'Ida Svensson' }, officeId: 'x' } },
    });

    expect(status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'input.givenName' });
    expect(JSON.stringify(result)).not.toContain('Ida Svensson');
  });

  it('names a required variable that is missing', async () => {
    const { status, result } = await run({ query: register, variables: {} });

    expect(status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Variable "$input" of required type "RegisterInput!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input' },
    });
  });

  it('answers an operationName that names no operation with a client error', async () => {
    const { status, result } = await run({ query: '{ hello }', operationName: 'Nope' });

    expect(status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('caps the errors of one response', async () => {
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: nope${i}`).join(' ')} }`;

    const { result } = await run({ query });

    expect(result.errors).toHaveLength(10);
  });

  it('still runs a good operation', async () => {
    const { result } = await run({
      query: register,
      variables: { input: { givenName: 'Ida', officeId: 'af-sodertalje' } },
    });

    expect(result).toEqual({ data: { register: 'ok' } });
  });
});

describe('value-free messages', () => {
  it('drops the value from a graphql-js variable error', () => {
    expect(
      withoutInputValue(
        'Variable "$input" got invalid value { givenName: "Ida" }; Field "x" is not defined by type "RegisterInput".',
      ),
    ).toBe('Variable "$input" got an invalid value.');
  });

  it('leaves other messages alone', () => {
    expect(withoutInputValue('Cannot query field "nope" on type "Query".')).toBe(
      'Cannot query field "nope" on type "Query".',
    );
  });
});
