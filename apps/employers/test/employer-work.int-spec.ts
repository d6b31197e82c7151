import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseEvent, topics } from '@jobbnatet/contracts';
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
import { swedishDay } from '@jobbnatet/domain-se';
import { anEmployer, registerEmployer, startEmployers } from './support/employers';

const logContact = `mutation L($input: LogEmployerContactInput!) {
  logEmployerContact(input: $input) { id employerId kind outcome occurredOn summary officerId officeId }
}`;
const recordVacancy = `mutation V($input: RecordAcquiredVacancyInput!) {
  recordAcquiredVacancy(input: $input) { id contactId occupationCode positions positionsFilled acquiredOn officeId fills { participantId filledOn } }
}`;
const fillVacancy = `mutation F($vacancyId: ID!, $participantId: ID!, $filledOn: String!) {
  fillVacancy(vacancyId: $vacancyId, participantId: $participantId, filledOn: $filledOn) {
    id contactId positions positionsFilled fills { participantId filledOn }
  }
}`;
const recordFeedback = `mutation B($input: RecordEmployerFeedbackInput!) {
  recordEmployerFeedback(input: $input) { id participantId context experience supportNeeds comment recordedByRole }
}`;
const employerWork = `query E($id: ID!, $from: String!, $to: String!) {
  employer(id: $id) {
    contacts(from: $from, to: $to) { id kind summary }
    acquiredVacancies { id contactId positions positionsFilled fills { participantId } }
    feedback { id experience supportNeeds comment }
  }
}`;
const myWork = `query M($from: String!, $to: String!, $first: Int, $after: String) {
  myEmployerWork(from: $from, to: $to) {
    from to contacts contactsByKind { kind count } acquiredVacancies positionsAcquired positionsFilled
    entries(first: $first, after: $after) { nodes { id kind summary } pageInfo { endCursor hasNextPage } }
  }
}`;
const officeWork = `query O($officeId: String!, $from: String!, $to: String!) {
  officeEmployerWork(officeId: $officeId, from: $from, to: $to) {
    contacts acquiredVacancies positionsAcquired positionsFilled
    entries(first: 50) { nodes { id summary } }
  }
}`;

const today = swedishDay(new Date());
const daysAgo = (days: number) => {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

describe('the officers’ employer work on real PostgreSQL and Kafka', () => {
  const officer = callers.officer('af-sodertalje');
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

  const contactWith = async (
    employerId: string,
    caller = officer,
    overrides: Record<string, unknown> = {},
  ) => {
    const response = await subgraph.call<{ logEmployerContact: { id: string } }>(
      caller,
      logContact,
      {
        input: {
          employerId,
          kind: 'VISIT',
          occurredOn: daysAgo(3),
          outcome: 'VACANCY_ACQUIRED',
          ...overrides,
        },
      },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.logEmployerContact;
  };

  const vacancyFrom = async (
    employerId: string,
    contactId: string,
    positions = 2,
    caller = officer,
  ) => {
    const response = await subgraph.call<{ recordAcquiredVacancy: { id: string } }>(
      caller,
      recordVacancy,
      {
        input: { employerId, contactId, occupationCode: '9622', positions, acquiredOn: daysAgo(2) },
      },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.recordAcquiredVacancy;
  };

  it('refuses its operations without the gateway’s signature', async () => {
    const walk = await subgraph.unsignedWalk(join(__dirname, '../schema.graphql'));
    const mine = walk.filter((probed) =>
      /logEmployerContact|recordAcquiredVacancy|fillVacancy|recordEmployerFeedback|myEmployerWork|officeEmployerWork/.test(
        probed.operation,
      ),
    );
    expect(mine).toHaveLength(6);
    expect(mine.filter((probed) => probed.status !== 401)).toEqual([]);
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  it('logs a contact for the officer and office, the summary encrypted and never in the event', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const summary = 'Träffade Ida Ek, platschef; de söker två lagerarbetare.';
    const response = await subgraph.call<{ logEmployerContact: { id: string } }>(
      officer,
      logContact,
      {
        input: {
          employerId,
          kind: 'MEETING',
          occurredOn: daysAgo(1),
          outcome: 'NEED_IDENTIFIED',
          summary: `  ${summary} `,
        },
      },
    );
    expect(response.data?.logEmployerContact).toMatchObject({
      employerId,
      kind: 'MEETING',
      outcome: 'NEED_IDENTIFIED',
      occurredOn: daysAgo(1),
      summary,
      officerId: officer.userId,
      officeId: 'af-sodertalje',
    });
    const contactId = response.data!.logEmployerContact.id;
    const message = await probe.waitFor(
      (m) => m.value!.toString().includes(contactId) && m.value!.toString().includes('logged'),
      10_000,
    );
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'employer-contact.logged',
        data: {
          contactId,
          employerId,
          kind: 'MEETING',
          outcome: 'NEED_IDENTIFIED',
          occurredOn: daysAgo(1),
          officeId: 'af-sodertalje',
          loggedBy: officer.userId,
        },
      },
    });
    expect(message.value!.toString()).not.toContain('Ida');
    const [row] = await subgraph.sql<Record<string, unknown>>(
      'SELECT * FROM employer_contact WHERE id = $1',
      [contactId],
    );
    expect(JSON.stringify(row)).not.toContain('Ida');
    expect(row!.summary_encrypted).toMatch(/^v2\./);
  });

  it('lets only an officer of an office working with the employer log a contact', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const input = { employerId, kind: 'CALL', occurredOn: today, outcome: 'NO_NEED' };
    const foreign = await subgraph.call(callers.officer('af-solna'), logContact, { input });
    const missing = await subgraph.call(callers.officer('af-solna'), logContact, {
      input: { ...input, employerId: randomUUID() },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'employerId',
    });
    expect(foreign).toEqual(missing);
    const leader = await subgraph.call(
      { ...callers.processLeader(), officeId: 'af-sodertalje' },
      logContact,
      { input },
    );
    expect(leader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await subgraph.call(callers.employerContact(employerId), logContact, { input });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const future = await subgraph.call(officer, logContact, {
      input: { ...input, occurredOn: '2999-01-01' },
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'occurredOn',
    });
    expect(
      await subgraph.sql('SELECT 1 FROM employer_contact WHERE employer_id = $1', [employerId]),
    ).toEqual([]);
  });

  it('links contact → acquired vacancy → participants who filled it, and refuses one too many', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const contact = await contactWith(employerId);
    const vacancy = await vacancyFrom(employerId, contact.id, 2);
    expect(vacancy).toMatchObject({
      contactId: contact.id,
      occupationCode: '9622',
      positions: 2,
      positionsFilled: 0,
      officeId: 'af-sodertalje',
      fills: [],
    });
    const acquired = await probe.waitFor(
      (m) => m.value!.toString().includes(vacancy.id) && m.value!.toString().includes('acquired'),
      10_000,
    );
    expect(parseEvent(acquired.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'vacancy.acquired',
        data: { vacancyId: vacancy.id, contactId: contact.id, positions: 2 },
      },
    });
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    const fill = (participantId: string) =>
      subgraph.call<{ fillVacancy: unknown }>(officer, fillVacancy, {
        vacancyId: vacancy.id,
        participantId,
        filledOn: daysAgo(1),
      });
    expect((await fill(first)).data?.fillVacancy).toMatchObject({ positionsFilled: 1 });
    const again = await fill(first);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'participantId',
    });
    expect((await fill(second)).data?.fillVacancy).toEqual({
      id: vacancy.id,
      contactId: contact.id,
      positions: 2,
      positionsFilled: 2,
      fills: [
        { participantId: expect.any(String), filledOn: daysAgo(1) },
        { participantId: expect.any(String), filledOn: daysAgo(1) },
      ],
    });
    const full = await fill(third);
    expect(full.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMPLOYER.VACANCY_FILLED',
    });
    expect(
      await subgraph.sql('SELECT 1 FROM vacancy_fill WHERE participant_id = $1', [third]),
    ).toEqual([]);
    const filled = await probe.waitFor(
      (m) => m.value!.toString().includes(second) && m.value!.toString().includes('filled'),
      10_000,
    );
    expect(parseEvent(filled.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'vacancy.filled',
        data: {
          vacancyId: vacancy.id,
          contactId: contact.id,
          employerId,
          participantId: second,
          filledOn: daysAgo(1),
        },
      },
    });
    const read = await subgraph.call<{ employer: { acquiredVacancies: unknown[] } }>(
      officer,
      employerWork,
      { id: employerId, from: daysAgo(30), to: today },
    );
    expect(read.data?.employer.acquiredVacancies).toEqual([
      {
        id: vacancy.id,
        contactId: contact.id,
        positions: 2,
        positionsFilled: 2,
        fills: expect.arrayContaining([{ participantId: first }, { participantId: second }]),
      },
    ]);
  });

  it('refuses a vacancy from another employer’s contact, and fills by others, as not found', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const { id: otherEmployer } = await registerEmployer(subgraph, officer);
    const contact = await contactWith(otherEmployer);
    const crossed = await subgraph.call(officer, recordVacancy, {
      input: { employerId, contactId: contact.id, positions: 1, acquiredOn: today },
    });
    expect(crossed.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'contactId',
    });
    const before = await subgraph.call(officer, recordVacancy, {
      input: {
        employerId: otherEmployer,
        contactId: contact.id,
        positions: 1,
        acquiredOn: daysAgo(9),
      },
    });
    expect(before.errors?.[0]?.extensions).toMatchObject({ field: 'acquiredOn' });
    const vacancy = await vacancyFrom(otherEmployer, contact.id, 1);
    const args = { vacancyId: vacancy.id, participantId: randomUUID(), filledOn: today };
    const foreign = await subgraph.call(callers.officer('af-solna'), fillVacancy, args);
    const missing = await subgraph.call(callers.officer('af-solna'), fillVacancy, {
      ...args,
      vacancyId: randomUUID(),
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'vacancyId',
    });
    expect(foreign).toEqual(missing);
    const byEmployer = await subgraph.call(
      callers.employerContact(otherEmployer),
      fillVacancy,
      args,
    );
    expect(byEmployer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await subgraph.sql('SELECT 1 FROM acquired_vacancy WHERE employer_id = $1', [employerId]),
    ).toEqual([]);
    expect(
      await subgraph.sql('SELECT 1 FROM vacancy_fill WHERE vacancy_id = $1', [vacancy.id]),
    ).toEqual([]);
  });

  it('records feedback from the employer or an officer; one employer cannot read another’s', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const { id: otherEmployer } = await registerEmployer(subgraph, officer);
    const participantId = randomUUID();
    const comment = 'Praktikanten Ali behöver en handledare på plats.';
    const own = await subgraph.call<{ recordEmployerFeedback: { id: string } }>(
      callers.employerContact(employerId),
      recordFeedback,
      {
        input: {
          employerId,
          participantId,
          context: 'INTERNSHIP',
          experience: 4,
          supportNeeds: ['MENTORING', 'LANGUAGE'],
          comment,
        },
      },
    );
    expect(own.data?.recordEmployerFeedback).toMatchObject({
      participantId,
      context: 'INTERNSHIP',
      experience: 4,
      supportNeeds: ['MENTORING', 'LANGUAGE'],
      comment,
      recordedByRole: 'employer_contact',
    });
    const feedbackId = own.data!.recordEmployerFeedback.id;
    const byOfficer = await subgraph.call(officer, recordFeedback, {
      input: { employerId, context: 'EMPLOYMENT', experience: 5, supportNeeds: [] },
    });
    expect(byOfficer.data).toBeTruthy();
    const message = await probe.waitFor((m) => m.value!.toString().includes(feedbackId), 10_000);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: {
        type: 'employer-feedback.recorded',
        data: {
          feedbackId,
          employerId,
          participantId,
          experience: 4,
          supportNeeds: ['MENTORING', 'LANGUAGE'],
        },
      },
    });
    expect(message.value!.toString()).not.toContain('Ali');
    const [row] = await subgraph.sql<Record<string, unknown>>(
      'SELECT * FROM employer_feedback WHERE id = $1',
      [feedbackId],
    );
    expect(JSON.stringify(row)).not.toContain('Ali');
    expect(row!.comment_encrypted).toMatch(/^v2\./);

    const readAs = async (caller: typeof officer) =>
      (
        await subgraph.call<{ employer: { feedback: { comment: string | null }[] } | null }>(
          caller,
          employerWork,
          { id: employerId, from: daysAgo(30), to: today },
        )
      ).data?.employer ?? null;
    expect((await readAs(callers.employerContact(employerId)))?.feedback).toEqual(
      expect.arrayContaining([expect.objectContaining({ comment })]),
    );
    expect((await readAs(officer))?.feedback).toHaveLength(2);
    const leader = await readAs({ ...callers.processLeader(), officeId: 'af-sodertalje' });
    expect(leader?.feedback.map((f) => f.comment)).toEqual([null, null]);
    expect(await readAs(callers.employerContact(otherEmployer))).toBeNull();
    expect(await readAs(callers.officer('af-solna'))).toBeNull();

    const foreign = await subgraph.call(callers.employerContact(otherEmployer), recordFeedback, {
      input: { employerId, context: 'INTERNSHIP', experience: 1, supportNeeds: [] },
    });
    const missing = await subgraph.call(callers.employerContact(otherEmployer), recordFeedback, {
      input: { employerId: randomUUID(), context: 'INTERNSHIP', experience: 1, supportNeeds: [] },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign).toEqual(missing);
    const leaderWrite = await subgraph.call(
      { ...callers.processLeader(), officeId: 'af-sodertalje' },
      recordFeedback,
      { input: { employerId, context: 'INTERNSHIP', experience: 1, supportNeeds: [] } },
    );
    expect(leaderWrite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await subgraph.sql(
        'SELECT count(*)::int AS n FROM employer_feedback WHERE employer_id = $1',
        [employerId],
      ),
    ).toEqual([{ n: 2 }]);
  });

  it('shows an employer’s contacts to its offices, the summary to officers only', async () => {
    const { id: employerId } = await registerEmployer(subgraph, officer);
    const contact = await contactWith(employerId, officer, { summary: 'Samtal med Bo om lager' });
    await contactWith(employerId, officer, { occurredOn: daysAgo(60) });
    const read = async (caller: typeof officer) =>
      (
        await subgraph.call<{
          employer: { contacts: { id: string; summary: string | null }[] | null } | null;
        }>(caller, employerWork, { id: employerId, from: daysAgo(30), to: today })
      ).data?.employer ?? null;
    expect((await read(callers.officer('af-sodertalje')))?.contacts).toEqual([
      { id: contact.id, kind: 'VISIT', summary: 'Samtal med Bo om lager' },
    ]);
    expect(
      (await read({ ...callers.processLeader(), officeId: 'af-sodertalje' }))?.contacts,
    ).toEqual([{ id: contact.id, kind: 'VISIT', summary: null }]);
    expect((await read(callers.employerContact(employerId)))?.contacts).toBeNull();
    expect(await read(callers.officer('af-solna'))).toBeNull();
  });

  it('counts an officer’s and an office’s employer work per period in SQL, with the entries paged', async () => {
    const me = { ...callers.officer('af-kista'), userId: randomUUID() };
    const colleague = { ...callers.officer('af-kista'), userId: randomUUID() };
    const { id: employerId } = await registerEmployer(
      subgraph,
      me,
      anEmployer({ officeIds: ['af-kista'] }),
    );
    const visit = await contactWith(employerId, me, { kind: 'VISIT', occurredOn: daysAgo(5) });
    await contactWith(employerId, me, { kind: 'CALL', occurredOn: daysAgo(4), outcome: 'NO_NEED' });
    await contactWith(employerId, me, { kind: 'CALL', occurredOn: daysAgo(3), outcome: 'OTHER' });
    await contactWith(employerId, me, { kind: 'EMAIL', occurredOn: daysAgo(400) });
    await contactWith(employerId, colleague, { kind: 'MEETING', occurredOn: daysAgo(2) });
    const vacancy = await vacancyFrom(employerId, visit.id, 3, me);
    await subgraph.call(me, fillVacancy, {
      vacancyId: vacancy.id,
      participantId: randomUUID(),
      filledOn: today,
    });

    const period = { from: daysAgo(30), to: today };
    const page1 = await subgraph.call<{
      myEmployerWork: {
        entries: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
    }>(me, myWork, { ...period, first: 2 });
    expect(page1.data?.myEmployerWork).toMatchObject({
      ...period,
      contacts: 3,
      contactsByKind: [
        { kind: 'CALL', count: 2 },
        { kind: 'VISIT', count: 1 },
      ],
      acquiredVacancies: 1,
      positionsAcquired: 3,
      positionsFilled: 1,
      entries: { pageInfo: { hasNextPage: true } },
    });
    expect(page1.data!.myEmployerWork.entries.nodes).toHaveLength(2);
    const page2 = await subgraph.call<{
      myEmployerWork: { entries: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } };
    }>(me, myWork, {
      ...period,
      first: 2,
      after: page1.data!.myEmployerWork.entries.pageInfo.endCursor,
    });
    expect(page2.data?.myEmployerWork.entries.nodes.map((n) => n.id)).toEqual([visit.id]);
    expect(page2.data?.myEmployerWork.entries.pageInfo.hasNextPage).toBe(false);

    const office = await subgraph.call<{ officeEmployerWork: { entries: { nodes: unknown[] } } }>(
      { ...callers.processLeader(), officeId: 'af-kista' },
      officeWork,
      { officeId: 'af-kista', ...period },
    );
    expect(office.data?.officeEmployerWork).toMatchObject({
      contacts: 4,
      acquiredVacancies: 1,
      positionsAcquired: 3,
      positionsFilled: 1,
    });
    expect(office.data!.officeEmployerWork.entries.nodes).toHaveLength(4);
    for (const outsider of [
      callers.officer('af-solna'),
      { ...callers.processLeader(), officeId: 'af-solna' },
      callers.employerContact(employerId),
      callers.analyst(),
    ]) {
      const refused = await subgraph.call(outsider, officeWork, {
        officeId: 'af-kista',
        ...period,
      });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const notOfficer = await subgraph.call(callers.employerContact(employerId), myWork, period);
    expect(notOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await subgraph.call(me, myWork, { from: today, to: daysAgo(1) });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });

  describe('1 000 generated bad inputs per mutation: client errors, nothing written', () => {
    const traces = async () =>
      Number(
        (
          await subgraph.sql<{ n: string }>(
            `SELECT (SELECT count(*) FROM employer_contact) + (SELECT count(*) FROM acquired_vacancy)
                  + (SELECT count(*) FROM vacancy_fill) + (SELECT count(*) FROM employer_feedback)
                  + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
          )
        )[0]!.n,
      );
    const notAUuid = hostileString().filter(
      (value) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
    );
    const badText = fc.oneof(
      fc
        .string({ minLength: 1001, maxLength: 1100 })
        .filter((v) => [...v.normalize('NFC').trim()].length > 1000),
      hostileString().filter(
        (value) =>
          value.trim().length > 0 &&
          (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(
            value.normalize('NFC').trim(),
          ) ||
            !/[\p{L}\p{N}]/u.test(value) ||
            /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)),
      ),
      fc.integer(),
    );
    const badDate = fc.oneof(hostileDate(), fc.constant('2999-12-31'), fc.integer());
    let employerId: string;
    let contactId: string;
    let vacancyId: string;

    beforeAll(async () => {
      employerId = (await registerEmployer(subgraph, officer)).id;
      contactId = (await contactWith(employerId)).id;
      vacancyId = (await vacancyFrom(employerId, contactId, 100)).id;
    });

    it('logEmployerContact', async () => {
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, logContact, { input }),
        inputs: oneFieldBroken(
          { employerId, kind: 'CALL', occurredOn: today, outcome: 'OTHER', summary: 'Bra samtal' },
          {
            employerId: fc.oneof(notAUuid, fc.uuid()),
            kind: hostileString(),
            occurredOn: badDate,
            outcome: hostileString(),
            summary: badText,
          },
        ).map(({ input }) => input),
        traces,
      });
    });

    it('recordAcquiredVacancy', async () => {
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, recordVacancy, { input }),
        inputs: oneFieldBroken(
          { employerId, contactId, occupationCode: '9622', positions: 1, acquiredOn: today },
          {
            employerId: fc.oneof(notAUuid, fc.uuid()),
            contactId: fc.oneof(notAUuid, fc.uuid()),
            occupationCode: hostileString().filter((value) => !/^\d{4}$/.test(value)),
            positions: fc.oneof(hostileNumber(), fc.integer({ min: 101 }), fc.integer({ max: 0 })),
            acquiredOn: badDate,
          },
        ).map(({ input }) => input),
        traces,
      });
    });

    it('fillVacancy', async () => {
      await assertEveryBadInputRefused({
        send: (args) => subgraph.call(officer, fillVacancy, args),
        inputs: oneFieldBroken(
          { vacancyId, participantId: randomUUID(), filledOn: today },
          {
            vacancyId: fc.oneof(notAUuid, fc.uuid()),
            participantId: notAUuid,
            filledOn: badDate,
          },
        ).map(({ input }) => input),
        traces,
      });
    });

    it('recordEmployerFeedback', async () => {
      await assertEveryBadInputRefused({
        send: (input) => subgraph.call(officer, recordFeedback, { input }),
        inputs: oneFieldBroken(
          {
            employerId,
            participantId: randomUUID(),
            context: 'INTERNSHIP',
            experience: 3,
            supportNeeds: ['MENTORING'],
            comment: 'Fungerar bra',
          },
          {
            employerId: fc.oneof(notAUuid, fc.uuid()),
            participantId: notAUuid,
            context: hostileString(),
            experience: fc.oneof(hostileNumber(), fc.integer({ min: 6 }), fc.integer({ max: 0 })),
            supportNeeds: fc.oneof(
              fc.array(hostileString(), { minLength: 1, maxLength: 3 }),
              fc.constant(['MENTORING', 'MENTORING']),
              hostileString(),
            ),
            comment: badText,
          },
        ).map(({ input }) => input),
        traces,
      });
    });
  });
});
