import { aFreshIdentityNumber, expectEventually } from '@jobbnatet/testing';
import { graphql, login } from './support/platform';

const register = `mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
const provider = `mutation P($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`;
const create = `mutation C($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`;
const enrol = `mutation E($input: EnrolInput!) { enrol(input: $input) { id status } }`;
const participantWithEnrolments = `query P($id: ID!) {
  participant(id: $id) { id givenName enrolments { id status offering { id placeName seatsLeft } } }
}`;

describe('enrolling a participant through the gateway', () => {
  it('enrols a participant registered a moment ago once the activities service knows them, and shows the enrolment on the participant', async () => {
    const officer = await login('officer');
    const identityNumber = aFreshIdentityNumber();
    const registered = await graphql<{ registerParticipant: { id: string } }>(officer, register, {
      input: {
        identityNumber: `${identityNumber.slice(2, 8)}-${identityNumber.slice(8)}`,
        givenName: 'Testa',
        familyName: 'Testsson',
        homeMunicipalityCode: '0181',
        officeId: 'af-sodertalje',
      },
    });
    expect(registered.errors).toBeUndefined();
    const participantId = registered.data!.registerParticipant.id;
    const providerId = (
      await graphql<{ registerProvider: { id: string } }>(officer, provider, {
        input: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' },
      })
    ).data!.registerProvider.id;
    const offeringId = (
      await graphql<{ createOffering: { id: string } }>(officer, create, {
        input: {
          typeCode: 'JOBBFORUM',
          providerId,
          placeName: 'Jobbtorget Södertälje',
          municipalityCode: '0181',
          officeIds: ['af-sodertalje'],
          fromDate: '2027-01-11',
          toDate: '2027-04-02',
          capacity: 2,
          costPerParticipant: 12500,
          occupationCodes: ['5120'],
          competences: [],
          languageCode: 'sv',
        },
      })
    ).data!.createOffering.id;

    // Until participant.registered reaches activities, the answer says to try again.
    const enrolment = await expectEventually(async () => {
      const answer = await graphql<{ enrol: { id: string; status: string } }>(officer, enrol, {
        input: { offeringId, participantId },
      });
      if (answer.errors) expect(answer.errors[0]?.extensions).toMatchObject({ retryable: true });
      expect(answer.data?.enrol.status).toBe('PLANNED');
      return answer.data!.enrol;
    });

    const read = await graphql(officer, participantWithEnrolments, { id: participantId });
    expect(read.data).toEqual({
      participant: {
        id: participantId,
        givenName: 'Testa',
        enrolments: [
          {
            id: enrolment.id,
            status: 'PLANNED',
            offering: { id: offeringId, placeName: 'Jobbtorget Södertälje', seatsLeft: 1 },
          },
        ],
      },
    });
  });
});
