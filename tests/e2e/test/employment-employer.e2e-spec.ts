import { randomUUID } from 'node:crypto';
import { aFreshIdentityNumber } from '@jobbnatet/testing';
import { anOrganisationNumber, ok } from './support/fixtures';
import { graphql, login } from './support/platform';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

describe('a participant’s employment with its employer, across two subgraphs', () => {
  it('reads the outcome and its employer’s name in one query through the gateway, within scope', async () => {
    const officer = await login('officer');
    const { registerEmployer } = await ok<{ registerEmployer: { id: string } }>(
      officer,
      'mutation E($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
      {
        input: {
          organisationNumber: anOrganisationNumber(),
          name: 'Almnäs Lager AB',
          sniCode: '52100',
          sizeBand: 'MEDIUM',
        },
      },
    );
    const { registerParticipant } = await ok<{ registerParticipant: { id: string } }>(
      officer,
      'mutation P($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }',
      {
        input: {
          identityNumber: aFreshIdentityNumber(),
          givenName: 'Testa',
          familyName: 'Testsson',
          homeMunicipalityCode: '0181',
          officeId: 'af-sodertalje',
        },
      },
    );
    await ok(
      officer,
      'mutation J($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      {
        input: {
          participantId: registerParticipant.id,
          employerId: registerEmployer.id,
          startDate: today(),
          hoursPerWeek: 40,
          form: 'UNSUBSIDISED_PERMANENT',
          acquired: true,
          acquiredThroughContactId: randomUUID(),
        },
      },
    );
    const query = `query Outcome($id: ID!) { participant(id: $id) {
      employments { form employer { id name sizeBand } } } }`;
    expect(await ok(officer, query, { id: registerParticipant.id })).toEqual({
      participant: {
        employments: [
          {
            form: 'UNSUBSIDISED_PERMANENT',
            employer: { id: registerEmployer.id, name: 'Almnäs Lager AB', sizeBand: 'MEDIUM' },
          },
        ],
      },
    });
    // Another office reaches neither the participant nor the employer: nothing leaks through the join.
    const other = await graphql(await login('officer_solna'), query, {
      id: registerParticipant.id,
    });
    expect(other.data).toEqual({ participant: null });
  });
});
