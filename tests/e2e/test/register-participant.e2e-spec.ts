import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { KafkaProbe, testIdentityNumbers } from '@jobbnatet/testing';
import { Kafka, logLevel } from 'kafkajs';
import { brokers, graphql, login, queryServiceDatabase, subgraphUrls } from './support/platform';

const register = `
  mutation Register($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) { id identityNumber givenName familyName homeMunicipalityCode officeId }
  }`;
const byId = `query One($id: ID!) { participant(id: $id) { id identityNumber givenName } }`;

/**
 * A different official test number for every registration in this run, of working age, so that
 * the 10-digit form without `+` means the same person.
 */
const numbers = testIdentityNumbers()
  .filter((number) => Number(number.slice(0, 4)) >= 1950 && Number(number.slice(0, 4)) <= 2005)
  .sort(() => Math.random() - 0.5);
let next = 0;
const testNumber = () => numbers[next++]!;

async function topicEndOffset(topic: string): Promise<number> {
  const admin = new Kafka({
    clientId: 'e2e-offsets',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
  } finally {
    await admin.disconnect();
  }
}

describe('registering a participant through the gateway', () => {
  let officer: string;
  let probe: KafkaProbe;

  beforeAll(async () => {
    officer = await login('officer');
    probe = await KafkaProbe.start([topics.participants], brokers);
  });

  afterAll(() => probe.stop());

  it('stores the participant and publishes participant.registered keyed by its id, without identity number or name', async () => {
    const identityNumber = testNumber();
    const input = {
      identityNumber: `${identityNumber.slice(2, 8)}-${identityNumber.slice(8)}`,
      givenName: 'Testa',
      familyName: 'Testsson',
      homeMunicipalityCode: '0181',
      officeId: 'af-sodertalje',
    };
    const response = await graphql<{ registerParticipant: { id: string; identityNumber: string } }>(
      officer,
      register,
      {
        input,
      },
    );
    expect(response.errors).toBeUndefined();
    const participant = response.data!.registerParticipant;
    expect(participant.identityNumber).toBe(
      `${identityNumber.slice(0, 8)}-${identityNumber.slice(8)}`,
    );

    const message = await probe.waitFor((m) => m.key === participant.id);
    const parsed = parseEvent(message.value!);
    expect(parsed).toMatchObject({
      ok: true,
      envelope: {
        type: 'participant.registered',
        subject: participant.id,
        specversion: '1.0',
        dataversion: 1,
      },
    });
    const bytes = message.value!.toString();
    for (const form of [
      identityNumber,
      identityNumber.slice(2),
      input.identityNumber,
      identityNumber.slice(0, 8),
    ]) {
      expect(bytes).not.toContain(form);
    }
    expect(bytes).not.toContain('Testa');
    expect(bytes).not.toContain('Testsson');
  });

  it('keeps the identity number encrypted at rest', async () => {
    const identityNumber = testNumber();
    const response = await graphql<{ registerParticipant: { id: string } }>(officer, register, {
      input: {
        identityNumber,
        givenName: 'Anna',
        familyName: 'Krypt',
        homeMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
      },
    });
    const [row] = await queryServiceDatabase<Record<string, unknown>>(
      'participants',
      'SELECT * FROM participant WHERE id = $1',
      [response.data!.registerParticipant.id],
    );
    expect(JSON.stringify(row)).not.toContain(identityNumber.slice(2));
  });

  it('refuses an invalid personnummer with a typed error naming the field, writing no row and no event', async () => {
    const rowsBefore = await queryServiceDatabase<{ n: number }>(
      'participants',
      'SELECT count(*)::int AS n FROM participant',
    );
    const offsetBefore = await topicEndOffset(topics.participants);
    const valid = testNumber();
    const wrongCheckDigit = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const response = await graphql(officer, register, {
      input: {
        identityNumber: wrongCheckDigit,
        givenName: 'Fel',
        familyName: 'Nummer',
        homeMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
      },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'identityNumber',
    });
    expect(
      await queryServiceDatabase('participants', 'SELECT count(*)::int AS n FROM participant'),
    ).toEqual(rowsBefore);
    expect(
      await queryServiceDatabase('participants', 'SELECT count(*)::int AS n FROM outbox'),
    ).toEqual([{ n: 0 }]);
    expect(await topicEndOffset(topics.participants)).toBe(offsetBefore);
  });

  it('refuses to register the same person twice', async () => {
    const identityNumber = testNumber();
    const input = {
      identityNumber,
      givenName: 'Två',
      familyName: 'Gånger',
      homeMunicipalityCode: '0181',
      officeId: 'af-sodertalje',
    };
    expect((await graphql(officer, register, { input })).errors).toBeUndefined();
    const again = await graphql(officer, register, {
      input: { ...input, identityNumber: identityNumber.slice(2) },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'identityNumber',
    });
  });

  it('shows the participant only within the office or municipality it belongs to', async () => {
    const created = await graphql<{ registerParticipant: { id: string } }>(officer, register, {
      input: {
        identityNumber: testNumber(),
        givenName: 'Sara',
        familyName: 'Scope',
        homeMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
      },
    });
    const id = created.data!.registerParticipant.id;

    const otherOffice = await graphql<{ participant: unknown }>(
      await login('officer_solna'),
      byId,
      { id },
    );
    expect(otherOffice.errors).toBeUndefined();
    expect(otherOffice.data!.participant).toBeNull();
    const unknown = await graphql<{ participant: unknown }>(await login('officer_solna'), byId, {
      id: randomUUID(),
    });
    expect(unknown).toEqual(otherOffice);

    const caseWorker = await graphql<{
      participant: { id: string; identityNumber: string | null };
    }>(await login('municipal_case_worker'), byId, { id });
    expect(caseWorker.data!.participant).toMatchObject({ id, identityNumber: null });

    const analyst = await graphql<{ participants: { totalCount: number } }>(
      await login('analyst'),
      '{ participants { totalCount } }',
    );
    expect(analyst.data!.participants.totalCount).toBe(0);
  });

  it('lets an officer page through their office newest first', async () => {
    const page = await graphql<{
      participants: {
        totalCount: number;
        edges: { node: { officeId: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      officer,
      '{ participants(first: 2) { totalCount edges { node { officeId } } pageInfo { hasNextPage endCursor } } }',
    );
    const { participants } = page.data!;
    expect(participants.totalCount).toBeGreaterThanOrEqual(4);
    expect(participants.edges).toHaveLength(2);
    expect(participants.edges.every((edge) => edge.node.officeId === 'af-sodertalje')).toBe(true);
    expect(participants.pageInfo.hasNextPage).toBe(true);
    const rest = await graphql<{ participants: { edges: unknown[] } }>(
      officer,
      'query Next($after: String) { participants(first: 100, after: $after) { edges { cursor } } }',
      { after: participants.pageInfo.endCursor },
    );
    expect(rest.data!.participants.edges).toHaveLength(participants.totalCount - 2);
  });
});

describe('a subgraph called without the gateway', () => {
  it('answers 401 to a request without a signed identity', async () => {
    const response = await graphql(
      undefined,
      '{ participants { totalCount } }',
      {},
      subgraphUrls.participants,
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to _service and _entities too', async () => {
    for (const query of [
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Participant", id: "x" }]) { __typename } }',
    ]) {
      expect((await graphql(undefined, query, {}, subgraphUrls.participants)).status).toBe(401);
    }
  });

  it('answers 401 when handed a user token instead of a gateway signature', async () => {
    const token = await login('admin');
    const response = await fetch(subgraphUrls.participants!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jobbnatet-identity': token },
      body: JSON.stringify({ query: '{ participants { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });
});
