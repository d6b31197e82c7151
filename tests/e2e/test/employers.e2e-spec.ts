import { parseEvent, topics } from '@jobbnatet/contracts';
import { KafkaProbe } from '@jobbnatet/testing';
import { anOrganisationNumber } from './support/fixtures';
import { brokers, graphql, login, subgraphUrls } from './support/platform';

const register = `mutation Register($input: RegisterEmployerInput!) {
  registerEmployer(input: $input) { id name officeIds }
}`;
const byId = 'query One($id: ID!) { employer(id: $id) { id name officeIds } }';

describe('an employer through the gateway', () => {
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start([topics.employers], brokers);
  });

  afterAll(() => probe.stop());

  it('is registered by an officer for their office, read back, hidden from another office, and published', async () => {
    const officer = await login('officer');
    const registered = await graphql<{ registerEmployer: { id: string } }>(officer, register, {
      input: {
        organisationNumber: anOrganisationNumber(),
        name: 'Genom gatewayen AB',
        sniCode: '62010',
        sizeBand: 'SMALL',
      },
    });
    expect(registered.errors).toBeUndefined();
    const { id } = registered.data!.registerEmployer;
    expect(await graphql(officer, byId, { id })).toMatchObject({
      data: { employer: { id, name: 'Genom gatewayen AB', officeIds: ['af-sodertalje'] } },
    });
    expect((await graphql(await login('officer_solna'), byId, { id })).data).toEqual({
      employer: null,
    });
    const message = await probe.waitFor((m) => m.key === id);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: { type: 'employer.registered', subject: id },
    });
  });

  it('has the development employer of the employer_contact login, which that contact reaches', async () => {
    const contact = await login('employer_contact');
    const seen = await graphql<{ employer: { name: string } | null }>(contact, byId, {
      id: 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1',
    });
    expect(seen.data?.employer?.name).toBe('Testbolaget Södertälje AB');
  });

  it('is out of reach without the gateway: the subgraph itself answers 401', async () => {
    const response = await graphql(
      undefined,
      byId,
      { id: 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1' },
      subgraphUrls['employers'],
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
