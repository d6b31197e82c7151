import 'reflect-metadata';
import type { CallerIdentity } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  aParticipant,
  assertEveryBadInputRefused,
  hostileDate,
  hostileNumber,
  hostileString,
  invalidIdentityNumber,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { pastDate } from '../src/consent/consent-rules';
import { adminReason } from '../src/participants/participant-page';
import { address, email, personName, phone } from '../src/participants/person-rules';
import { municipalityCode } from '../src/participants/registration-rules';
import {
  contactDetails,
  register,
  registerMutation,
  startParticipants,
} from './support/participants';

const officer = callers.officer('af-sodertalje');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Values the rule refuses: generated hostile input, minus whatever happens to be valid. */
const refusedBy = (
  rule: (value: never) => unknown,
  values: fc.Arbitrary<unknown> = hostileString(),
) =>
  values.filter((value) => {
    try {
      rule(value as never);
      return false;
    } catch {
      return true;
    }
  });

// JSON carries no Infinity: it would arrive as null, which clears an optional field.
const finiteNumber = () => hostileNumber().filter(Number.isFinite);
const anything = () =>
  fc.oneof(hostileString(), finiteNumber(), fc.constant({ nested: true }), fc.constant([1]));
const hostileId = () => fc.oneof(hostileString(), fc.uuid());

/** ≥ 1 000 generated bad inputs per mutation: client errors only, and nothing written. */
describe('every mutation of a case refuses bad input without a trace', () => {
  let participants: Subgraph;
  let participantId: string;
  let consentId: string;

  /** Rows of every case table, and every event ever published (sequences never go back). */
  const traces = async () => {
    const [row] = await participants.sql<{ total: string }>(
      `SELECT (SELECT count(*) FROM participant) + (SELECT count(*) FROM participant WHERE version > 1)
            + (SELECT count(*) FROM participant_change) + (SELECT count(*) FROM consent)
            + (SELECT count(*) FROM consent WHERE withdrawn_at IS NOT NULL)
            + (SELECT count(*) FROM participant WHERE erased_at IS NOT NULL)
            + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS total`,
    );
    return Number(row!.total);
  };
  const send = (caller: CallerIdentity, mutation: string) => (input: unknown) =>
    participants.call(caller, mutation, { input });

  beforeAll(async () => {
    participants = await startParticipants();
    ({ id: participantId } = await register(participants, officer));
    const consent = await participants.call<{ giveConsent: { id: string } }>(
      officer,
      'mutation G($i: GiveConsentInput!) { giveConsent(input: $i) { id } }',
      {
        i: {
          participantId,
          purpose: 'JOB_TRACK_COLLABORATION',
          municipalityCode: '0181',
          givenOn: today(),
        },
      },
    );
    consentId = consent.data!.giveConsent.id;
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('registerParticipant', async () => {
    const valid = {
      ...aParticipant().build(),
      ...contactDetails(),
      languages: ['sv'],
      drivingLicences: ['B'],
      educationLevel: 'UPPER_SECONDARY',
      responsibleOfficerId: officer.userId,
    };
    await assertEveryBadInputRefused({
      send: send(officer, registerMutation),
      inputs: oneFieldBroken(valid, {
        identityNumber: invalidIdentityNumber(),
        givenName: refusedBy((value: string) => personName('givenName', value)),
        familyName: refusedBy((value: string) => personName('familyName', value)),
        homeMunicipalityCode: refusedBy(municipalityCode),
        officeId: anything(),
        phone: refusedBy(phone, anything()),
        email: refusedBy(email, anything()),
        address: fc.oneof(
          fc
            .record({ street: hostileString(), postalCode: hostileString(), city: hostileString() })
            .filter((value) => {
              try {
                address(value);
                return false;
              } catch {
                return true;
              }
            }),
          anything(),
        ),
        languages: fc
          .array(hostileString(), { minLength: 1, maxLength: 30 })
          .filter(
            (values) => values.some((v) => !/^[a-zA-Z]{2,3}$/.test(v.trim())) || values.length > 20,
          ),
        educationLevel: anything(),
        drivingLicences: fc.array(hostileString(), { minLength: 1 }),
        responsibleOfficerId: hostileString(),
      }).map(({ input }) => input),
      traces,
    });
  });

  it('updateParticipant', async () => {
    const valid = { participantId, version: 1, phone: '08-123 456 78', familyName: 'Ny' };
    await assertEveryBadInputRefused({
      send: send(
        officer,
        'mutation U($input: UpdateParticipantInput!) { updateParticipant(input: $input) { id } }',
      ),
      inputs: oneFieldBroken(valid, {
        participantId: hostileId(),
        version: fc.oneof(finiteNumber(), fc.integer()).filter((version) => version !== 1),
        phone: refusedBy(phone, anything()),
        familyName: fc.oneof(
          refusedBy((value: string) => personName('familyName', value)),
          fc.constant(null),
        ),
      }).map(({ input }) => input),
      traces,
    });
  });

  it('giveConsent', async () => {
    const valid = {
      participantId,
      purpose: 'MUNICIPAL_LABOUR_MARKET_SUPPORT',
      municipalityCode: '0180',
      givenOn: today(),
    };
    await assertEveryBadInputRefused({
      send: send(
        officer,
        'mutation G($input: GiveConsentInput!) { giveConsent(input: $input) { id } }',
      ),
      inputs: oneFieldBroken(valid, {
        participantId: hostileId(),
        purpose: anything(),
        municipalityCode: refusedBy(municipalityCode, anything()),
        givenOn: fc.oneof(
          refusedBy((value: string) => pastDate('givenOn', value, today()), hostileDate()),
          fc.constant('2999-01-01'),
        ),
      }).map(({ input }) => input),
      traces,
    });
  });

  it('withdrawConsent', async () => {
    await assertEveryBadInputRefused({
      send: send(
        officer,
        'mutation W($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }',
      ),
      inputs: oneFieldBroken(
        { consentId, withdrawnOn: today() },
        {
          consentId: hostileId(),
          withdrawnOn: fc.oneof(
            refusedBy((value: string) => pastDate('withdrawnOn', value, today()), hostileDate()),
            fc.constant('2001-01-01'),
          ),
        },
      ).map(({ input }) => input),
      traces,
    });
  });

  it('eraseParticipant', async () => {
    await assertEveryBadInputRefused({
      send: send(
        callers.admin(),
        'mutation E($input: EraseParticipantInput!) { eraseParticipant(input: $input) { participantId } }',
      ),
      inputs: oneFieldBroken(
        { participantId, reason: 'begäran från den registrerade' },
        {
          participantId: hostileId(),
          reason: refusedBy(adminReason, anything()),
        },
      ).map(({ input }) => input),
      traces,
    });
  });
});
