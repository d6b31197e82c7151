import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { isMunicipalityCode } from '@jobbnatet/domain-se';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileDate,
  hostileNumber,
  hostileString,
  KafkaProbe,
  oneFieldBroken,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import { isCalendarDate } from '../src/letters-of-intent/letter-of-intent-rules';
import { registerEmployer, startEmployers } from './support/employers';

const letterFields = `id employerId status version municipalityCode preparatoryEmployment requiredParties
  subject { competenceNeedId jobTrackId }
  commitments { internshipPlaces interviews intendedHires }
  steps { description responsibleParty dueOn } validFrom validUntil
  approvals { party approvedBy approvedAt revokedAt }
  versions { version commitments { internshipPlaces interviews intendedHires } steps { description }
    approvals { party approvedBy approvedAt revokedAt } }`;

const draftMutation = `mutation D($input: DraftLetterOfIntentInput!) { draftLetterOfIntent(input: $input) { ${letterFields} } }`;
const changeMutation = `mutation C($input: ChangeLetterOfIntentInput!) { changeLetterOfIntent(input: $input) { ${letterFields} } }`;
const approveMutation = `mutation A($input: ApproveLetterOfIntentInput!) { approveLetterOfIntent(input: $input) { ${letterFields} } }`;
const fulfilMutation = `mutation F($input: CloseLetterOfIntentInput!) { fulfilLetterOfIntent(input: $input) { id status } }`;
const cancelMutation = `mutation X($input: CloseLetterOfIntentInput!) { cancelLetterOfIntent(input: $input) { id status } }`;
const byId = `query L($id: ID!) { letterOfIntent(id: $id) { ${letterFields} } }`;
const ofEmployer = `query E($id: ID!, $status: LetterOfIntentStatus) { employer(id: $id) { lettersOfIntent(status: $status) { id status } } }`;

interface Approval {
  party: string;
  approvedBy: string;
  approvedAt: string;
  revokedAt: string | null;
}
interface Letter {
  id: string;
  employerId: string;
  status: string;
  version: number;
  approvals: Approval[];
  versions: { version: number; approvals: Approval[]; commitments: Record<string, number> }[];
  [field: string]: unknown;
}
type Caller = ReturnType<typeof callers.officer>;

const content = (overrides: Record<string, unknown> = {}) => ({
  subject: { competenceNeedId: randomUUID() },
  commitments: { internshipPlaces: 2, interviews: 5, intendedHires: 1 },
  steps: [
    {
      description: 'Förbereda matchning av kandidater',
      responsibleParty: 'ARBETSFORMEDLINGEN',
      dueOn: '2027-01-15',
    },
    { description: 'Intervjuer på lagret', responsibleParty: 'EMPLOYER', dueOn: '2027-02-01' },
  ],
  validFrom: '2026-12-01',
  validUntil: '2027-06-30',
  preparatoryEmployment: false,
  municipalityCode: '0181',
  ...overrides,
});

describe('letters of intent on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
  const caseWorker = callers.caseWorker('0181');
  let subgraph: Subgraph;
  let probe: KafkaProbe;

  beforeAll(async () => {
    subgraph = await startEmployers();
    await expectEventually(
      async () => expect((await fetch(`${subgraph.url}/health/ready`)).status).toBe(200),
      { timeoutMs: 30_000 },
    );
    probe = await KafkaProbe.start([topics.employers]);
  });

  afterAll(async () => {
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('refuses every letter-of-intent operation without the gateway’s signature, and reads the scope in each', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    expect(walk.map((probed) => probed.operation)).toEqual(
      expect.arrayContaining([
        'query { letterOfIntent }',
        'mutation { draftLetterOfIntent }',
        'mutation { changeLetterOfIntent }',
        'mutation { approveLetterOfIntent }',
        'mutation { fulfilLetterOfIntent }',
        'mutation { cancelLetterOfIntent }',
      ]),
    );
    expect(walk.filter((probed) => probed.status !== 401)).toEqual([]);
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  const draft = async (employerId: string, overrides: Record<string, unknown> = {}) => {
    const response = await subgraph.call<{ draftLetterOfIntent: Letter }>(officer, draftMutation, {
      input: { employerId, ...content(overrides) },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.draftLetterOfIntent;
  };

  const approve = (
    caller: Caller,
    letter: { id: string },
    version: number,
    party: string,
    reason?: string,
  ) =>
    subgraph.call<{ approveLetterOfIntent: Letter }>(caller, approveMutation, {
      input: { letterId: letter.id, version, party, ...(reason === undefined ? {} : { reason }) },
    });

  const approvedBy = async (
    caller: Caller,
    letter: { id: string },
    version: number,
    party: string,
    reason?: string,
  ) => {
    const response = await approve(caller, letter, version, party, reason);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.approveLetterOfIntent;
  };

  const eventsOf = async (letterId: string, type: string, count = 1) =>
    (
      await probe.waitForAll(
        (m) => m.key === letterId && String(m.value).includes(`"type":"${type}"`),
        count,
        10_000,
      )
    ).map((m) => m.value!.toString());

  it('lets an officer of an office working with the employer draft version 1, and no one else', async () => {
    const employer = await registerEmployer(subgraph, officer);
    const letter = await draft(employer.id);
    expect(letter).toMatchObject({
      employerId: employer.id,
      status: 'DRAFT',
      version: 1,
      municipalityCode: '0181',
      requiredParties: ['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER'],
      commitments: { internshipPlaces: 2, interviews: 5, intendedHires: 1 },
      approvals: [],
    });
    expect(letter.versions.map((v) => v.version)).toEqual([1]);
    const [drafted] = await eventsOf(letter.id, 'letter-of-intent.drafted');
    expect(parseEvent(Buffer.from(drafted!))).toMatchObject({
      ok: true,
      envelope: {
        data: {
          letterId: letter.id,
          employerId: employer.id,
          version: 1,
          stepCount: 2,
          interviews: 5,
        },
      },
    });
    expect(drafted).not.toContain('Intervjuer');
    expect(drafted).not.toContain('Testbolaget');

    const input = { employerId: employer.id, ...content() };
    const codeOf = async (caller: Caller, employerId = employer.id) =>
      (await subgraph.call(caller, draftMutation, { input: { ...input, employerId } })).errors?.[0]
        ?.extensions?.code;
    expect(await codeOf(callers.employerContact(employer.id))).toBe('FORBIDDEN');
    expect(await codeOf(caseWorker)).toBe('FORBIDDEN');
    expect(await codeOf({ ...callers.processLeader(), officeId: 'af-sodertalje' })).toBe(
      'FORBIDDEN',
    );
    const foreign = await subgraph.call(callers.officer('af-solna'), draftMutation, { input });
    const missing = await subgraph.call(callers.officer('af-solna'), draftMutation, {
      input: { ...input, employerId: randomUUID() },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(foreign).toEqual(missing);
  });

  it('shows a letter to its employer’s officers and contact and to case workers of its municipality only', async () => {
    const employer = await registerEmployer(subgraph, officer);
    const other = await registerEmployer(subgraph, officer);
    const letter = await draft(employer.id);
    const seen = async (caller: Caller, id = letter.id) =>
      (await subgraph.call<{ letterOfIntent: Letter | null }>(caller, byId, { id })).data
        ?.letterOfIntent;
    for (const insider of [
      officer,
      callers.employerContact(employer.id),
      caseWorker,
      { ...callers.processLeader(), officeId: 'af-sodertalje' },
      callers.admin(),
    ]) {
      expect(await seen(insider)).toMatchObject({ id: letter.id });
    }
    for (const outsider of [
      callers.officer('af-solna'),
      callers.employerContact(other.id),
      callers.caseWorker('0180'),
      callers.analyst(),
    ]) {
      expect(await seen(outsider)).toBeNull();
      const missing = await subgraph.call(outsider, byId, { id: randomUUID() });
      expect(await subgraph.call(outsider, byId, { id: letter.id })).toEqual(missing);
    }
    const list = async (caller: Caller, status?: string) =>
      (
        await subgraph.call<{ employer: { lettersOfIntent: { id: string }[] } | null }>(
          caller,
          ofEmployer,
          {
            id: employer.id,
            status,
          },
        )
      ).data?.employer?.lettersOfIntent.map((l) => l.id);
    expect(await list(officer)).toEqual([letter.id]);
    expect(await list(callers.employerContact(employer.id), 'DRAFT')).toEqual([letter.id]);
    expect(await list(officer, 'APPROVED')).toEqual([]);
    expect(await list(callers.employerContact(other.id))).toBeUndefined();
  });

  it('approves per party; one employer’s contact cannot approve another’s letter; all parties make it APPROVED', async () => {
    const employer = await registerEmployer(subgraph, officer);
    const other = await registerEmployer(subgraph, officer);
    const letter = await draft(employer.id);

    const foreignContact = await approve(callers.employerContact(other.id), letter, 1, 'EMPLOYER');
    const missingContact = await subgraph.call(callers.employerContact(other.id), approveMutation, {
      input: { letterId: randomUUID(), version: 1, party: 'EMPLOYER' },
    });
    expect(foreignContact.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(foreignContact).toEqual(missingContact);
    expect(
      (await approve(callers.caseWorker('0180'), letter, 1, 'MUNICIPALITY')).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await approve(callers.officer('af-solna'), letter, 1, 'ARBETSFORMEDLINGEN')).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    for (const [caller, party] of [
      [callers.employerContact(employer.id), 'MUNICIPALITY'],
      [caseWorker, 'EMPLOYER'],
      [officer, 'EMPLOYER'],
      [{ ...callers.processLeader(), officeId: 'af-sodertalje' }, 'ARBETSFORMEDLINGEN'],
    ] as const) {
      expect((await approve(caller, letter, 1, party)).errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'LETTER_OF_INTENT.APPROVAL_NOT_ALLOWED',
      });
    }
    expect(
      (await approve(officer, letter, 2, 'ARBETSFORMEDLINGEN')).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'LETTER_OF_INTENT.STALE_VERSION',
      field: 'version',
    });
    expect(
      await subgraph.sql('SELECT 1 FROM letter_of_intent_approval WHERE letter_id = $1', [
        letter.id,
      ]),
    ).toEqual([]);

    expect(await approvedBy(officer, letter, 1, 'ARBETSFORMEDLINGEN')).toMatchObject({
      status: 'DRAFT',
    });
    expect(await approvedBy(officer, letter, 1, 'ARBETSFORMEDLINGEN')).toMatchObject({
      status: 'DRAFT',
    });
    expect(await approvedBy(caseWorker, letter, 1, 'MUNICIPALITY')).toMatchObject({
      status: 'DRAFT',
    });
    const approved = await approvedBy(callers.employerContact(employer.id), letter, 1, 'EMPLOYER');
    expect(approved.status).toBe('APPROVED');
    expect(approved.approvals.map((a) => a.party).sort()).toEqual([
      'ARBETSFORMEDLINGEN',
      'EMPLOYER',
      'MUNICIPALITY',
    ]);

    const approvals = await eventsOf(letter.id, 'letter-of-intent.approved', 3);
    expect(approvals.map((e) => JSON.parse(e).data.approvalCount)).toEqual([1, 2, 3]);
    const [full] = await eventsOf(letter.id, 'letter-of-intent.fully-approved');
    expect(JSON.parse(full!).data).toMatchObject({ letterId: letter.id, version: 1 });
  });

  it('revokes every approval on a change until every party approves the new version', async () => {
    const employer = await registerEmployer(subgraph, officer);
    const contact = callers.employerContact(employer.id);
    const letter = await draft(employer.id);
    await approvedBy(officer, letter, 1, 'ARBETSFORMEDLINGEN');
    await approvedBy(caseWorker, letter, 1, 'MUNICIPALITY');
    expect((await approvedBy(contact, letter, 1, 'EMPLOYER')).status).toBe('APPROVED');

    const changed = await subgraph.call<{ changeLetterOfIntent: Letter }>(officer, changeMutation, {
      input: {
        letterId: letter.id,
        version: 1,
        ...content({ commitments: { internshipPlaces: 3, interviews: 5, intendedHires: 2 } }),
      },
    });
    const v2 = changed.data!.changeLetterOfIntent;
    expect(v2).toMatchObject({
      status: 'DRAFT',
      version: 2,
      approvals: [],
      commitments: { internshipPlaces: 3 },
    });
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(v2.versions[0]!.commitments.internshipPlaces).toBe(2);
    expect(v2.versions[0]!.approvals).toHaveLength(3);
    expect(v2.versions[0]!.approvals.every((a) => a.revokedAt !== null)).toBe(true);
    const [revoked] = await eventsOf(letter.id, 'letter-of-intent.approvals-revoked');
    expect(JSON.parse(revoked!).data).toMatchObject({
      version: 2,
      revokedCount: 3,
      parties: ['ARBETSFORMEDLINGEN', 'EMPLOYER', 'MUNICIPALITY'],
    });
    await eventsOf(letter.id, 'letter-of-intent.changed');

    expect((await approve(contact, letter, 1, 'EMPLOYER')).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LETTER_OF_INTENT.STALE_VERSION',
    });
    expect(
      (
        await subgraph.call(officer, changeMutation, {
          input: { letterId: letter.id, version: 1, ...content() },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    await approvedBy(contact, letter, 2, 'EMPLOYER');
    await approvedBy(officer, letter, 2, 'ARBETSFORMEDLINGEN');
    const again = await approvedBy(caseWorker, letter, 2, 'MUNICIPALITY');
    expect(again).toMatchObject({ status: 'APPROVED', version: 2 });
    expect(again.approvals).toHaveLength(3);
    expect(again.versions[0]!.approvals).toHaveLength(3);
    await eventsOf(letter.id, 'letter-of-intent.fully-approved', 2);
  });

  it('needs the participant’s approval for a preparatory employment, recorded by an officer with a reason', async () => {
    const employer = await registerEmployer(subgraph, officer);
    const letter = await draft(employer.id, {
      preparatoryEmployment: true,
      subject: { jobTrackId: randomUUID() },
    });
    expect(letter.requiredParties).toContain('PARTICIPANT');
    await approvedBy(officer, letter, 1, 'ARBETSFORMEDLINGEN');
    await approvedBy(caseWorker, letter, 1, 'MUNICIPALITY');
    expect(
      (await approvedBy(callers.employerContact(employer.id), letter, 1, 'EMPLOYER')).status,
    ).toBe('DRAFT');

    expect(
      (await approve(officer, letter, 1, 'PARTICIPANT')).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(
      (await approve(callers.employerContact(employer.id), letter, 1, 'PARTICIPANT', 'Jag vet'))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await approve(caseWorker, letter, 1, 'PARTICIPANT', 'Jag vet')).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const reason = 'Deltagaren godkände vid trepartsmötet';
    const done = await approvedBy(officer, letter, 1, 'PARTICIPANT', reason);
    expect(done.status).toBe('APPROVED');
    const [row] = await subgraph.sql<{ reason_encrypted: string }>(
      "SELECT reason_encrypted FROM letter_of_intent_approval WHERE letter_id = $1 AND party = 'PARTICIPANT'",
      [letter.id],
    );
    expect(row!.reason_encrypted).not.toContain('trepartsmötet');
    const events = await eventsOf(letter.id, 'letter-of-intent.approved', 4);
    expect(events.join('')).not.toContain('trepartsmötet');
    expect(JSON.parse(events[3]!).data).toMatchObject({
      party: 'PARTICIPANT',
      onBehalfOfParticipant: true,
      requiredCount: 4,
    });

    const plain = await draft(employer.id);
    expect(
      (await approve(officer, plain, 1, 'PARTICIPANT', reason)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'party',
    });
  });

  it('fulfils an approved letter and cancels a draft, officers only, and nothing after', async () => {
    const employer = await registerEmployer(subgraph, officer);
    const letter = await draft(employer.id);
    const close = (caller: Caller, mutation: string, id: string, version = 1) =>
      subgraph.call<Record<string, { status: string }>>(caller, mutation, {
        input: { letterId: id, version },
      });

    expect((await close(officer, fulfilMutation, letter.id)).errors?.[0]?.extensions).toMatchObject(
      {
        code: 'CONFLICT',
        reason: 'LETTER_OF_INTENT.INVALID_TRANSITION',
      },
    );
    await approvedBy(officer, letter, 1, 'ARBETSFORMEDLINGEN');
    await approvedBy(caseWorker, letter, 1, 'MUNICIPALITY');
    await approvedBy(callers.employerContact(employer.id), letter, 1, 'EMPLOYER');
    expect(
      (await close(callers.employerContact(employer.id), fulfilMutation, letter.id)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await close(callers.officer('af-solna'), fulfilMutation, letter.id)).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await close(officer, fulfilMutation, letter.id, 2)).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect(
      (await close(officer, fulfilMutation, letter.id)).data?.fulfilLetterOfIntent,
    ).toMatchObject({
      status: 'FULFILLED',
    });
    const [fulfilled] = await eventsOf(letter.id, 'letter-of-intent.fulfilled');
    expect(JSON.parse(fulfilled!).data).toMatchObject({ previousStatus: 'APPROVED', version: 1 });
    expect((await close(officer, cancelMutation, letter.id)).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect(
      (await approve(officer, letter, 1, 'ARBETSFORMEDLINGEN')).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');

    const other = await draft(employer.id);
    expect((await close(caseWorker, cancelMutation, other.id)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await close(officer, cancelMutation, other.id)).data?.cancelLetterOfIntent,
    ).toMatchObject({
      status: 'CANCELLED',
    });
    const [cancelled] = await eventsOf(other.id, 'letter-of-intent.cancelled');
    expect(JSON.parse(cancelled!).data).toMatchObject({ previousStatus: 'DRAFT' });
    expect(
      (
        await subgraph.call(officer, changeMutation, {
          input: { letterId: other.id, version: 1, ...content() },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });

  describe('1 000 generated bad inputs per mutation: client errors, nothing written', () => {
    const traces = async () =>
      Number(
        (
          await subgraph.sql<{ n: string }>(
            `SELECT (SELECT count(*) FROM letter_of_intent) + (SELECT count(*) FROM letter_of_intent_version)
              + (SELECT count(*) FROM letter_of_intent_approval)
              + (SELECT count(*) FROM letter_of_intent_approval WHERE revoked_at IS NOT NULL)
              + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
          )
        )[0]!.n,
      );
    const badText = (max: number) =>
      hostileString().filter((value) => {
        const trimmed = value.normalize('NFC').trim();
        return !/\p{L}/u.test(trimmed) || /\p{C}/u.test(trimmed) || trimmed.length > max;
      });
    const badCount = hostileNumber().filter((n) => !(Number.isInteger(n) && n >= 0 && n <= 100));
    const badDate = fc.oneof(hostileDate(), hostileString()).filter((d) => !isCalendarDate(d));
    const brokenContent = (valid: ReturnType<typeof content>) => ({
      subject: fc.oneof(
        hostileString().map((competenceNeedId) => ({ competenceNeedId })),
        hostileString().map((jobTrackId) => ({ jobTrackId })),
        fc.constant({ competenceNeedId: randomUUID(), jobTrackId: randomUUID() }),
      ),
      commitments: fc.oneof(
        badCount.map((internshipPlaces) => ({ ...valid.commitments, internshipPlaces })),
        badCount.map((interviews) => ({ ...valid.commitments, interviews })),
        badCount.map((intendedHires) => ({ ...valid.commitments, intendedHires })),
      ),
      steps: fc.oneof(
        badText(500).map((description) => [{ ...valid.steps[0]!, description }]),
        hostileString().map((responsibleParty) => [{ ...valid.steps[0]!, responsibleParty }]),
        badDate.map((dueOn) => [{ ...valid.steps[0]!, dueOn }]),
        fc.constant(Array.from({ length: 51 }, () => valid.steps[0]!)),
      ),
      validFrom: fc.oneof(badDate, fc.constant('2027-07-01')),
      validUntil: fc.oneof(badDate, fc.constant('2026-11-30')),
      municipalityCode: hostileString().filter((code) => !isMunicipalityCode(code)),
      preparatoryEmployment: hostileString(),
    });

    it('draftLetterOfIntent', async () => {
      const employer = await registerEmployer(subgraph, officer);
      const valid = { employerId: employer.id, ...content() };
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, draftMutation, { input }),
        inputs: oneFieldBroken(valid, {
          employerId: hostileString(),
          ...brokenContent(valid),
        }).map(({ input }) => input),
        traces,
      });
    });

    it('changeLetterOfIntent', async () => {
      const employer = await registerEmployer(subgraph, officer);
      const letter = await draft(employer.id);
      const valid = { letterId: letter.id, version: 1, ...content() };
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, changeMutation, { input }),
        inputs: oneFieldBroken(valid, {
          letterId: hostileString(),
          version: hostileNumber().filter((n) => n !== 1),
          ...brokenContent(valid),
        }).map(({ input }) => input),
        traces,
      });
    });

    it('approveLetterOfIntent', async () => {
      const employer = await registerEmployer(subgraph, officer);
      const letter = await draft(employer.id);
      const valid = {
        letterId: letter.id,
        version: 1,
        party: 'ARBETSFORMEDLINGEN',
        reason: null as unknown,
      };
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, approveMutation, { input }),
        inputs: oneFieldBroken(valid, {
          letterId: hostileString(),
          version: hostileNumber().filter((n) => n !== 1),
          party: fc.oneof(
            hostileString(),
            fc.constantFrom('PARTICIPANT', 'EMPLOYER', 'MUNICIPALITY'),
          ),
          reason: hostileString(),
        }).map(({ input }) => input),
        traces,
      });
    });

    it('fulfilLetterOfIntent and cancelLetterOfIntent', async () => {
      const employer = await registerEmployer(subgraph, officer);
      const letter = await draft(employer.id);
      await approvedBy(officer, letter, 1, 'ARBETSFORMEDLINGEN');
      await approvedBy(caseWorker, letter, 1, 'MUNICIPALITY');
      await approvedBy(callers.employerContact(employer.id), letter, 1, 'EMPLOYER');
      const valid = { letterId: letter.id, version: 1 };
      const inputs = oneFieldBroken(valid, {
        letterId: hostileString(),
        version: hostileNumber().filter((n) => n !== 1),
      }).map(({ input }) => input);
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, fulfilMutation, { input }),
        inputs,
        traces,
      });
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, cancelMutation, { input }),
        inputs,
        traces,
      });
    });
  });
});
