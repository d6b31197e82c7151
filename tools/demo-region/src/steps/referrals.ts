import type { GatewayClient } from '../gateway-client';
import type { DemoRegion } from '../plan';
import type { Tally } from './tally';

const office = { officeId: 'af-botkyrka', officer: 'officer_botkyrka' };

/**
 * Botkyrka's case worker refers people to the Botkyrka office, which accepts most (registering
 * them) and declines the rest. Left alone when the case worker has referred anyone already.
 */
export async function loadReferrals(
  client: GatewayClient,
  region: DemoRegion,
  caseWorker: string,
  tally: Tally,
): Promise<void> {
  const { referrals } = await client.run<{ referrals: { edges: unknown[] } }>(
    caseWorker,
    `{ referrals(first: 1) { edges { node { id } } } }`,
  );
  if (referrals.edges.length > 0) {
    tally.found('referrals', region.referrals.length);
    return;
  }
  for (const person of region.referrals) {
    const { referPerson } = await client.run<{ referPerson: { id: string } }>(
      caseWorker,
      `mutation R($input: ReferPersonInput!) { referPerson(input: $input) { id } }`,
      {
        input: {
          identityNumber: `${person.identityNumber.slice(0, 8)}-${person.identityNumber.slice(8)}`,
          givenName: person.givenName,
          familyName: person.familyName,
          homeMunicipalityCode: '0127',
          officeId: office.officeId,
          reason: 'Försörjningsstöd; vill delta i ett jobbspår inom vård och omsorg.',
        },
      },
    );
    await client.run(
      office.officer,
      person.accepted
        ? `mutation A($id: ID!) { acceptReferral(referralId: $id) { id } }`
        : `mutation D($id: ID!) { declineReferral(referralId: $id, reason: PERSON_DECLINED) { id } }`,
      { id: referPerson.id },
    );
    tally.created('referrals');
  }
}
