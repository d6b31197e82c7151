import { type GatewayClient, inParallel } from '../gateway-client';
import type { RegionOffice } from '../region-data';
import type { Tally } from './tally';

/** The dev users who sit on every agreement's steering group (apps/gateway dev users). */
const steeringGroup = [
  { userId: '44444444-4444-4444-8444-444444444444', organisation: 'AF', role: 'Processledare' },
  {
    userId: '33333333-3333-4333-8333-333333333333',
    organisation: 'MUNICIPALITY',
    role: 'Arbetsmarknadschef',
  },
];

/**
 * One ACTIVE collaboration agreement per office and the municipality its tracks run in, written by
 * the office's officer; an active one already there is used. Answers office id → agreement id.
 */
export async function loadAgreements(
  client: GatewayClient,
  offices: readonly RegionOffice[],
  tally: Tally,
): Promise<Map<string, string>> {
  const agreements = new Map<string, string>();
  await inParallel(offices, 3, async (office) => {
    const { collaborationAgreements } = await client.run<{
      collaborationAgreements: {
        id: string;
        municipalityCode: string;
        officeIds: string[];
        status: string;
      }[];
    }>(
      office.officer,
      `{ collaborationAgreements(first: 200) { id municipalityCode officeIds status } }`,
    );
    const active = collaborationAgreements.find(
      (a) =>
        a.status === 'ACTIVE' &&
        a.municipalityCode === office.municipalityCode &&
        a.officeIds.includes(office.officeId),
    );
    if (active) {
      tally.found('collaboration agreements');
      agreements.set(office.officeId, active.id);
      return;
    }
    const { createCollaborationAgreement } = await client.run<{
      createCollaborationAgreement: { id: string };
    }>(
      office.officer,
      `mutation A($input: CreateAgreementInput!) { createCollaborationAgreement(input: $input) { id } }`,
      {
        input: {
          municipalityCode: office.municipalityCode,
          officeIds: [office.officeId],
          validFrom: '2024-09-01',
          validTo: '2028-12-31',
          contacts: steeringGroup,
          rolesAndResponsibilities: `Styrgrupp med chefer från Arbetsförmedlingen ${office.place} och kommunen; operativ grupp med handläggare från båda.`,
          methodSuitability:
            'När arbetsgivare har återkommande rekryteringsbehov som deltagarna kan möta med utbildning.',
          employerWork:
            'En gemensam ingång för arbetsgivaren; Arbetsförmedlingen håller kontakten.',
        },
      },
    );
    await client.run(
      office.officer,
      `mutation Act($id: ID!) { activateCollaborationAgreement(agreementId: $id) { id } }`,
      { id: createCollaborationAgreement.id },
    );
    tally.created('collaboration agreements');
    agreements.set(office.officeId, createCollaborationAgreement.id);
  });
  return agreements;
}
