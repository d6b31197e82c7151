import fc from 'fast-check';
import { assertEveryBadInputRefused, oneFieldBroken } from '../src/bad-inputs';

const refused = {
  status: 200,
  data: null,
  errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }],
};

describe('assertEveryBadInputRefused', () => {
  it('passes when every input is refused as a client error and nothing is written', async () => {
    await expect(
      assertEveryBadInputRefused({
        send: async () => refused,
        inputs: fc.string(),
        traces: async () => 3,
        numRuns: 20,
      }),
    ).resolves.toBeUndefined();
  });

  it('fails on a server error', async () => {
    const internal = {
      status: 200,
      errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    };
    await expect(
      assertEveryBadInputRefused({
        send: async () => internal,
        inputs: fc.string(),
        traces: async () => 0,
        numRuns: 5,
      }),
    ).rejects.toThrow(/not a client refusal/);
  });

  it('fails when a refused input still wrote something', async () => {
    let rows = 0;
    await expect(
      assertEveryBadInputRefused({
        send: async () => {
          rows++;
          return refused;
        },
        inputs: fc.string(),
        traces: async () => rows,
        numRuns: 5,
      }),
    ).rejects.toThrow(/left \d+ rows or events/);
  });

  it('breaks exactly one field of a valid input at a time', () => {
    fc.assert(
      fc.property(
        oneFieldBroken({ a: 'ok', b: 'ok' }, { a: fc.constant(1), b: fc.constant(2) }),
        ({ input, field }) => {
          const brokenFields = Object.entries(input)
            .filter(([, value]) => value !== 'ok')
            .map(([key]) => key);
          return brokenFields.length === 1 && brokenFields[0] === field;
        },
      ),
    );
  });
});
