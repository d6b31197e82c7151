import { parseEvent, topics } from '@jobbnatet/contracts';
import { KafkaProbe } from '@jobbnatet/testing';
import { brokers, graphql, login, subgraphUrls } from './support/platform';

const create = `mutation Create($input: CreateReportInput!) {
  createReport(input: $input) { id name officeId }
}`;
const byId = 'query One($id: ID!) { report(id: $id) { id name officeId } }';

describe('a report through the gateway', () => {
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start([topics.reporting], brokers);
  });

  afterAll(() => probe.stop());

  it('is created by an officer for their office, read back by them, hidden from another office, and published', async () => {
    const officer = await login('officer');
    const created = await graphql<{ createReport: { id: string; officeId: string } }>(
      officer,
      create,
      { input: { name: 'Genom gatewayen', officeId: 'af-sodertalje' } },
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createReport;

    expect(await graphql(officer, byId, { id })).toMatchObject({
      data: { report: { id, name: 'Genom gatewayen', officeId: 'af-sodertalje' } },
    });
    const otherOffice = await login('officer_solna');
    expect((await graphql(otherOffice, byId, { id })).data).toEqual({ report: null });

    const message = await probe.waitFor((m) => m.key === id);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: { type: 'report.created', subject: id },
    });
  });

  it('is out of reach without the gateway: the subgraph itself answers 401', async () => {
    const response = await graphql(
      undefined,
      create,
      { input: { name: 'Förbi gatewayen', officeId: 'af-sodertalje' } },
      subgraphUrls['reporting'],
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
