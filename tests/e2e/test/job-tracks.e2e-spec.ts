import { randomUUID } from 'node:crypto';
import { parseEvent, topics } from '@jobbnatet/contracts';
import { KafkaProbe } from '@jobbnatet/testing';
import { okOnceReplicated } from './support/fixtures';
import { brokers, graphql, login, subgraphUrls } from './support/platform';

const createAgreement = `mutation A($input: CreateAgreementInput!) {
  createCollaborationAgreement(input: $input) { id status }
}`;
const activate = `mutation Act($agreementId: ID!) {
  activateCollaborationAgreement(agreementId: $agreementId) { id status }
}`;
const createTrack = `mutation Create($input: CreateTrackInput!) {
  createTrack(input: $input) { id name phase }
}`;
const byId = `query One($id: ID!) {
  jobTrack(id: $id) { id name phase agreement { id status } checklist { code } }
}`;

const agreement = (caseWorkerId: string, officerId: string) => ({
  municipalityCode: '0181',
  officeIds: ['af-sodertalje'],
  validFrom: '2026-01-01',
  validTo: '2029-12-31',
  contacts: [
    { userId: officerId, organisation: 'AF', role: 'Sektionschef' },
    { userId: caseWorkerId, organisation: 'MUNICIPALITY', role: 'Arbetsmarknadschef' },
  ],
  rolesAndResponsibilities: 'Styrgrupp med chefer från båda parter.',
  methodSuitability: 'När arbetsgivare har återkommande rekryteringsbehov.',
  employerWork: 'En gemensam ingång för arbetsgivaren.',
});

describe('a job track through the gateway', () => {
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start([topics.jobTracks], brokers);
  });

  afterAll(() => probe.stop());

  it('rests on an activated agreement, is read back by its office, hidden from another, and published', async () => {
    const officer = await login('officer');
    const userId = randomUUID();
    const drafted = await graphql<{ createCollaborationAgreement: { id: string } }>(
      officer,
      createAgreement,
      { input: agreement(randomUUID(), userId) },
    );
    expect(drafted.errors).toBeUndefined();
    const agreementId = drafted.data!.createCollaborationAgreement.id;
    expect((await graphql(officer, activate, { agreementId })).errors).toBeUndefined();

    // The dev employer (seeded in development, with its event): job tracks knows it once replicated.
    const created = await okOnceReplicated<{ createTrack: { id: string } }>(officer, createTrack, {
      input: {
        agreementId,
        name: 'Genom gatewayen',
        municipalityCodes: ['0181'],
        officeIds: ['af-sodertalje'],
        employerIds: ['e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1'],
        competenceNeedIds: [],
        competenceProfileId: null,
        providerIds: [],
        targetParticipants: 10,
        timeline: [
          { phase: 'PLANNING', plannedStart: '2027-02-01', plannedEnd: '2027-03-31' },
          { phase: 'RECRUITMENT', plannedStart: '2027-04-01', plannedEnd: '2027-04-30' },
          { phase: 'IMPLEMENTATION', plannedStart: '2027-05-01', plannedEnd: '2027-10-31' },
          { phase: 'CLOSING', plannedStart: '2027-11-01', plannedEnd: '2027-12-17' },
        ],
        operationalTeam: [],
        coordinators: [{ userId, organisation: 'AF', role: 'Samordnare' }],
      },
    });
    const { id } = created.createTrack;

    const read = await graphql<{ jobTrack: { checklist: unknown[] } }>(officer, byId, { id });
    expect(read).toMatchObject({
      data: {
        jobTrack: {
          id,
          phase: 'PLANNING',
          agreement: { id: agreementId, status: 'ACTIVE' },
        },
      },
    });
    expect(read.data!.jobTrack.checklist.length).toBeGreaterThan(20);
    const otherOffice = await login('officer_solna');
    expect((await graphql(otherOffice, byId, { id })).data).toEqual({ jobTrack: null });

    const message = await probe.waitFor((m) => m.key === id);
    expect(parseEvent(message.value!)).toMatchObject({
      ok: true,
      envelope: { type: 'track.created', subject: id },
    });
  });

  it('is out of reach without the gateway: the subgraph itself answers 401', async () => {
    const response = await graphql(
      undefined,
      byId,
      { id: randomUUID() },
      subgraphUrls['job-tracks'],
    );
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
