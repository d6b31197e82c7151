import { parseEvent, topics } from '@jobbnatet/contracts';
import { KafkaProbe } from '@jobbnatet/testing';
import { brokers, graphql, login, subgraphUrls } from './support/platform';

const create = `mutation Create($input: CreateTrackInput!) {
  createTrack(input: $input) { id name officeId }
}`;
const byId = 'query One($id: ID!) { track(id: $id) { id name officeId } }';

describe('a track through the gateway', () => {
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start([topics.jobTracks], brokers);
  });

  afterAll(() => probe.stop());

  it('is created by an officer for their office, read back by them, hidden from another office, and published', async () => {
    const officer = await login('officer');
    const created = await graphql<{ createTrack: { id: string; officeId: string } }>(
      officer,
      create,
      { input: { name: 'Genom gatewayen', officeId: 'af-sodertalje' } },
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createTrack;

    expect(await graphql(officer, byId, { id })).toMatchObject({
      data: { track: { id, name: 'Genom gatewayen', officeId: 'af-sodertalje' } },
    });
    const otherOffice = await login('officer_solna');
    expect((await graphql(otherOffice, byId, { id })).data).toEqual({ track: null });

    const message = await probe.waitFor((m) => m.key === id);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: { type: 'track.created', subject: id },
    });
  });

  it('is out of reach without the gateway: the subgraph itself answers 401', async () => {
    const response = await graphql(
      undefined,
      create,
      { input: { name: 'Förbi gatewayen', officeId: 'af-sodertalje' } },
      subgraphUrls['job-tracks'],
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
