import 'reflect-metadata';
import { type CallerIdentity } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  clientErrorCodes,
  hostileString,
  hostileStrings,
  invalidIdentityNumber,
  prototypePollutionJson,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { startParticipants } from './support/participants';
import {
  acceptMutation,
  aReferral,
  declineMutation,
  refer,
  type ReferralInput,
  referMutation,
  writes,
} from './support/referrals';

const caseWorker = callers.caseWorker('0181');
const officer = callers.officer('af-sodertalje');
const otherOffice = callers.officer('af-solna');

type Field = keyof ReferralInput;

const hasLetterOrDigit = (value: string) => /[\p{L}\p{N}]/u.test(value);
const isName = (value: string) =>
  /^\p{L}[\p{L}\p{M} '\u2019.-]{0,99}$/u.test(value.normalize('NFC').trim());
const badName = fc.oneof(
  hostileString().filter((value) => !isName(value)),
  fc.integer({ min: 101, max: 300 }).map((n) => 'Å'.repeat(n)),
);

/** For each field, values that are certainly not valid for it. */
const badValue: Record<Field, fc.Arbitrary<unknown>> = {
  identityNumber: invalidIdentityNumber(),
  givenName: badName,
  familyName: badName,
  homeMunicipalityCode: fc.oneof(
    hostileString().filter((value) => !/^\d{4}$/.test(value)),
    fc.constantFrom('0000', '9999', '0100', '2599'),
  ),
  // Offices that do not exist, and offices that exist but do not serve Södertälje (0181).
  officeId: fc.oneof(
    hostileString(),
    fc.constantFrom('af-solna', 'af-kista', 'af-stockholm-city', 'AF-SODERTALJE', 'af-sodertalje '),
  ),
  reason: fc.oneof(
    fc.constantFrom(...hostileStrings.filter((value) => !hasLetterOrDigit(value))),
    fc
      .tuple(fc.string({ maxLength: 50 }), fc.constantFrom('\u0000', '\u0007', '\u202e', '\u2066'))
      .map(([text, bad]) => `Text ${text}${bad}`),
    fc.integer({ min: 2001, max: 4000 }).map((n) => 'a'.repeat(n)),
  ),
  phone: hostileString().filter((value) => !/^\+?\d{7,15}$/.test(value.replace(/[\s()-]/g, ''))),
  email: hostileString().filter((value) => !value.includes('@')),
};

/** Values of the wrong GraphQL type or shape, refused before any resolver runs. */
const wrongType = fc.constantFrom<unknown>(12345, true, { a: 1 }, ['x'], 1.5);
const required: Field[] = ['identityNumber', 'givenName', 'familyName', 'officeId', 'reason'];

/** Bad input through the real subgraph: only client errors, nothing written. */
describe('referrals with bad input', () => {
  let participants: Subgraph;

  const expectClientRefusal = (response: {
    status: number;
    data?: unknown;
    errors?: { extensions?: Record<string, unknown> }[];
  }) => {
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors ?? []) {
      expect(clientErrorCodes).toContain(error.extensions?.code);
    }
  };

  /** Every row a referral or a decision would write, as one count that must not move. */
  const traces = async () =>
    Object.values(await writes(participants)).reduce((sum, count) => sum + count, 0);

  beforeAll(async () => {
    participants = await startParticipants();
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('refuses 1000 generated bad referrals with typed client errors naming a broken field, writing nothing', async () => {
    const fields = Object.keys(badValue) as Field[];
    const broken = fc
      .subarray(fields, { minLength: 1, maxLength: 3 })
      .chain((names) =>
        fc.tuple(fc.constant(names), fc.tuple(...names.map((name) => badValue[name]))),
      );
    await assertEveryBadInputRefused({
      inputs: broken,
      traces: traces,
      send: async ([names, values]) => {
        const input: Record<string, unknown> = { ...aReferral({ identityNumber: '198501042397' }) };
        names.forEach((name, i) => (input[name] = values[i]));
        const response = await participants.call(caseWorker, referMutation, { input });
        const extensions = response.errors?.[0]?.extensions;
        expect(extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'PARTICIPANT.INVALID_INPUT',
        });
        expect(names).toContain(extensions?.field);
        // Messages name the field, never quote the value.
        const messages = JSON.stringify(response.errors!.map((error) => error.message));
        for (const value of values) {
          if (typeof value === 'string' && value.trim().length >= 4)
            expect(messages).not.toContain(JSON.stringify(value).slice(1, -1));
        }
        return response;
      },
    });
  });

  it('refuses missing fields, wrong types and prototype keys before anything runs', async () => {
    const before = await writes(participants);
    const shape = fc.oneof(
      fc.tuple(fc.constantFrom(...required), fc.constant(null)),
      fc.tuple(fc.constantFrom(...(Object.keys(badValue) as Field[])), wrongType),
      fc.tuple(fc.constantFrom('unknownField', '__proto__', 'constructor'), fc.constant('x')),
    );
    await fc.assert(
      fc.asyncProperty(shape, async ([field, value]) => {
        const input = { ...aReferral({ identityNumber: '198501042397' }), [field]: value };
        expectClientRefusal(await participants.call(caseWorker, referMutation, { input }));
      }),
      { numRuns: 100 },
    );
    const polluted = {
      ...aReferral(),
      ...(JSON.parse(prototypePollutionJson) as object),
    };
    expectClientRefusal(await participants.call(caseWorker, referMutation, { input: polluted }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await writes(participants)).toEqual(before);
  });

  describe('decisions', () => {
    let pending: string;
    let foreignPending: string;
    let decided: string;

    beforeAll(async () => {
      pending = (await refer(participants, caseWorker)).id;
      foreignPending = (
        await refer(participants, callers.caseWorker('0184'), aReferral({ officeId: 'af-solna' }))
      ).id;
      decided = (await refer(participants, caseWorker)).id;
      const declined = await participants.call(officer, declineMutation, {
        id: decided,
        reason: 'OTHER',
      });
      if (!declined.data) throw new Error(JSON.stringify(declined.errors));
    });

    const deciders: CallerIdentity[] = [
      officer,
      otherOffice,
      caseWorker,
      callers.caseWorker('0184'),
      callers.admin(),
      callers.analyst(),
      callers.employerContact(),
      callers.processLeader(),
    ];
    const referralId = () =>
      fc.oneof(
        hostileString(),
        fc.uuid(),
        fc.constantFrom(
          () => pending,
          () => foreignPending,
          () => decided,
        ),
      );
    const idOf = (id: string | (() => string)) => (typeof id === 'function' ? id() : id);
    /** The one decision a caller may make: on a pending referral to their own office. */
    const allowed = (caller: CallerIdentity, id: string) =>
      (caller === officer && id === pending) || (caller === otherOffice && id === foreignPending);

    const statuses = async () => participants.sql('SELECT id, status FROM referral ORDER BY id');

    it('refuses 1000 generated bad acceptances with client errors, deciding and registering nothing', async () => {
      const before = await statuses();
      await assertEveryBadInputRefused({
        inputs: fc
          .tuple(fc.constantFrom(...deciders), referralId())
          .map(([caller, raw]) => ({ caller, id: idOf(raw) }))
          .filter(({ caller, id }) => !allowed(caller, id)),
        traces,
        send: ({ caller, id }) => participants.call(caller, acceptMutation, { id }),
      });
      expect(await statuses()).toEqual(before);
    });

    it('refuses 1000 generated bad declines with client errors, deciding nothing', async () => {
      const before = await statuses();
      const reasons = [
        'NOT_IN_TARGET_GROUP',
        'OTHER_INTERVENTION_BETTER',
        'PERSON_DECLINED',
        'OTHER',
      ];
      const reason = fc.oneof(
        fc.constantFrom(...reasons),
        hostileString(),
        fc.constantFrom('ALREADY_REGISTERED', 'other', null),
      );
      await assertEveryBadInputRefused({
        inputs: fc
          .tuple(fc.constantFrom(...deciders), referralId(), reason)
          .map(([caller, raw, why]) => ({ caller, id: idOf(raw), why }))
          .filter(
            ({ caller, id, why }) =>
              !(allowed(caller, id) && typeof why === 'string' && reasons.includes(why)),
          ),
        traces,
        send: ({ caller, id, why }) =>
          participants.call(caller, declineMutation, { id, reason: why }),
      });
      expect(await statuses()).toEqual(before);
    });
  });
});
