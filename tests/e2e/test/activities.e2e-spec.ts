import { parseEvent, topics } from '@jobbnatet/contracts';
import { KafkaProbe } from '@jobbnatet/testing';
import { brokers, graphql, login, subgraphUrls } from './support/platform';

const provider = `mutation P($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`;
const create = `mutation Create($input: CreateOfferingInput!) {
  createOffering(input: $input) { id placeName officeIds status }
}`;
const byId = 'query One($id: ID!) { offering(id: $id) { id placeName officeIds status } }';
const changeStatus = `mutation S($input: ChangeOfferingStatusInput!) {
  changeOfferingStatus(input: $input) { id status }
}`;

const anOffering = (providerId: string) => ({
  typeCode: 'JOBBFORUM',
  providerId,
  placeName: 'Genom gatewayen',
  municipalityCode: '0181',
  officeIds: ['af-sodertalje'],
  fromDate: '2027-01-11',
  toDate: '2027-04-02',
  capacity: 20,
  costPerParticipant: 12500,
  occupationCodes: ['5120'],
  competences: ['Livsmedelshygien'],
  languageCode: 'sv',
});

describe('an offering through the gateway', () => {
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start([topics.activities], brokers);
  });

  afterAll(() => probe.stop());

  it('is created by an officer for their office, read region-wide, changed only by its office, and published', async () => {
    const officer = await login('officer');
    const registered = await graphql<{ registerProvider: { id: string } }>(officer, provider, {
      input: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' },
    });
    expect(registered.errors).toBeUndefined();
    const created = await graphql<{ createOffering: { id: string } }>(officer, create, {
      input: anOffering(registered.data!.registerProvider.id),
    });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createOffering;

    const expected = {
      id,
      placeName: 'Genom gatewayen',
      officeIds: ['af-sodertalje'],
      status: 'PLANNED',
    };
    expect(await graphql(officer, byId, { id })).toMatchObject({ data: { offering: expected } });
    const otherOffice = await login('officer_solna');
    expect((await graphql(otherOffice, byId, { id })).data).toEqual({ offering: expected });
    const change = await graphql(otherOffice, changeStatus, {
      input: { offeringId: id, status: 'OPEN' },
    });
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const message = await probe.waitFor((m) => m.key === id);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: { type: 'offering.created', subject: id },
    });
  });

  it('is out of reach without the gateway: the subgraph itself answers 401', async () => {
    const response = await graphql(
      undefined,
      create,
      { input: anOffering('3c1e5a7b-9d2f-4b6e-8a0c-1d3e5f7a9b2c') },
      subgraphUrls['activities'],
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
