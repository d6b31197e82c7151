import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { aFreshIdentityNumber, aParticipant, KafkaProbe } from '@jobbnatet/testing';
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
const testNumber = aFreshIdentityNumber;

/** A name no other test uses, so that what a test wrote is found by its subject. */
function uniqueName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return `Q${Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * 26)]).join('')}`;
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
    const seenBefore = probe.messages.length;
    const valid = testNumber();
    const wrongCheckDigit = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const givenName = uniqueName();
    const response = await graphql(officer, register, {
      input: aParticipant().named(givenName).withIdentityNumber(wrongCheckDigit).build(),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'identityNumber',
    });
    expect(
      await queryServiceDatabase(
        'participants',
        'SELECT id FROM participant WHERE given_name = $1',
        [givenName],
      ),
    ).toEqual([]);

    // A registration right after it: once its event is out, an event of the refused one would be
    // too, and it would name a participant that was never stored (or one with this name).
    const marker = await graphql<{ registerParticipant: { id: string } }>(officer, register, {
      input: aParticipant().build(),
    });
    const markerId = marker.data!.registerParticipant.id;
    await probe.waitFor((m) => m.key === markerId);
    const subjects = [...new Set(probe.messages.slice(seenBefore).map((m) => m.key!))];
    const stored = await queryServiceDatabase<{ id: string; given_name: string }>(
      'participants',
      'SELECT id::text AS id, given_name FROM participant WHERE id::text = ANY($1)',
      [subjects],
    );
    expect(stored.map((row) => row.id).sort()).toEqual(subjects.sort());
    expect(stored.filter((row) => row.given_name === givenName)).toEqual([]);
    expect(
      await queryServiceDatabase(
        'participants',
        `SELECT o.message_key FROM outbox o LEFT JOIN participant p ON p.id::text = o.message_key
         WHERE p.id IS NULL OR p.given_name = $1`,
        [givenName],
      ),
    ).toEqual([]);
  });

  it('refuses a registration outside the caller’s own office with REGISTRATION_NOT_ALLOWED', async () => {
    const givenName = uniqueName();
    const response = await graphql<{ registerParticipant: unknown }>(
      await login('officer_solna'),
      register,
      { input: aParticipant().named(givenName).atOffice('af-sodertalje').build() },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
    });
    expect(response.data?.registerParticipant ?? null).toBeNull();
    expect(
      await queryServiceDatabase(
        'participants',
        'SELECT id FROM participant WHERE given_name = $1',
        [givenName],
      ),
    ).toEqual([]);
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
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await graphql<{ registerParticipant: { id: string } }>(officer, register, {
        input: aParticipant().build(),
      });
      mine.push(created.data!.registerParticipant.id);
    }

    const nodes: { id: string; officeId: string; registeredAt: string }[] = [];
    let totalCount = 0;
    let after: string | null = null;
    do {
      const page: { data?: { participants: Page } } = await graphql<{ participants: Page }>(
        officer,
        `
          query Page($after: String) {
            participants(first: 2, after: $after) {
              totalCount
              edges {
                node {
                  id
                  officeId
                  registeredAt
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `,
        { after },
      );
      const { participants } = page.data!;
      expect(participants.edges.length).toBeLessThanOrEqual(2);
      nodes.push(...participants.edges.map((edge) => edge.node));
      totalCount = participants.totalCount;
      after = participants.pageInfo.hasNextPage ? participants.pageInfo.endCursor : null;
    } while (after);

    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(totalCount);
    expect(nodes.every((node) => node.officeId === 'af-sodertalje')).toBe(true);
    const times = nodes.map((node) => Date.parse(node.registeredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The three registered here are all listed, the last registered first.
    const positions = mine.map((id) => nodes.findIndex((node) => node.id === id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
  });
});

interface Page {
  totalCount: number;
  edges: { node: { id: string; officeId: string; registeredAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

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
