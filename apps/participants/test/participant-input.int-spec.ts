import 'reflect-metadata';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  aParticipant,
  hostileNumber,
  hostileString,
  invalidIdentityNumber,
  prototypePollutionJson,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { registerMutation, startParticipants, uniqueName } from './support/participants';

const officer = callers.officer('af-sodertalje');
type Field = 'identityNumber' | 'givenName' | 'familyName' | 'homeMunicipalityCode' | 'officeId';

/** Bad input through the API: a typed 4xx-class error naming the field, never the value, no row. */
describe('registering with bad input', () => {
  let participants: Subgraph;

  async function refusal(field: Field, value: string) {
    const input = { ...aParticipant().named(uniqueName()).build(), [field]: value };
    const response = await participants.call<{ registerParticipant: unknown }>(
      officer,
      registerMutation,
      { input },
    );
    const error = response.errors?.[0];
    return {
      status: response.status,
      code: error?.extensions?.code,
      field: error?.extensions?.field,
      // In the error messages: a value such as "null" also occurs in the answer's `"data":null`.
      echoed:
        value.trim().length >= 4 &&
        JSON.stringify(response.errors ?? []).includes(JSON.stringify(value).slice(1, -1)),
      data: response.data?.registerParticipant ?? null,
    };
  }

  const rowCount = async () =>
    (await participants.sql<{ n: number }>('SELECT count(*)::int AS n FROM participant'))[0]!.n;

  beforeAll(async () => {
    participants = await startParticipants();
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('refuses an office that does not exist, naming officeId', async () => {
    expect(await refusal('officeId', 'af-atlantis')).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      field: 'officeId',
      echoed: false,
      data: null,
    });
  });

  it('refuses a name made only of combining marks', async () => {
    expect(await refusal('givenName', '\u0301')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'givenName',
    });
  });

  it('refuses hostile values in every field, naming the field and writing nothing', async () => {
    const before = await rowCount();
    const field = fc.constantFrom<Field>(
      'givenName',
      'familyName',
      'homeMunicipalityCode',
      'officeId',
    );
    await fc.assert(
      fc.asyncProperty(field, hostileString(), async (name, value) => {
        // A hostile string that happens to be a valid value for the field is no bad input.
        fc.pre(!/^\p{L}[\p{L}\p{M} '\u2019.-]{0,99}$/u.test(value.normalize('NFC').trim()));
        expect(await refusal(name, value)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: name,
          echoed: false,
          data: null,
        });
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(invalidIdentityNumber(), async (value) => {
        expect(await refusal('identityNumber', value)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'identityNumber',
          echoed: false,
        });
      }),
      { numRuns: 40 },
    );
    expect(await rowCount()).toBe(before);
  });

  it('refuses prototype keys in the input without polluting anything', async () => {
    const input = { ...aParticipant().build(), ...(JSON.parse(prototypePollutionJson) as object) };
    const response = await participants.call(officer, registerMutation, { input });
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses page sizes outside 1–100 and non-integers as client errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Finite: JSON carries no Infinity, so no client can send one.
        hostileNumber().filter(
          (n) => Number.isFinite(n) && !(Number.isInteger(n) && n >= 1 && n <= 100),
        ),
        async (first) => {
          const response = await participants.call(
            officer,
            'query Page($first: Int!) { participants(first: $first) { totalCount } }',
            { first },
          );
          expect(response.status).toBeLessThan(500);
          expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses a cursor it did not hand out, naming after', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString().filter((s) => s.length > 0),
        async (after) => {
          const response = await participants.call(
            officer,
            'query Page($after: String) { participants(after: $after) { totalCount } }',
            { after },
          );
          expect(response.errors?.[0]?.extensions).toMatchObject({
            code: 'BAD_USER_INPUT',
            field: 'after',
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
