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

/** The region's agreements run over its whole history; other agreements may cover less of it. */
const term = { validFrom: '2024-09-01', validTo: '2028-12-31' };

/**
 * One ACTIVE collaboration agreement per office and the municipality its tracks run in, written by
 * the office's officer. An active one with the region's term is used again; any other (another
 * user's, ending before the region's tracks do) is left alone. Answers office id → agreement id.
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
        validFrom: string;
        validTo: string;
      }[];
    }>(
      office.officer,
      `{ collaborationAgreements(first: 200) { id municipalityCode officeIds status validFrom validTo } }`,
    );
    const active = collaborationAgreements.find(
      (a) =>
        a.status === 'ACTIVE' &&
        a.municipalityCode === office.municipalityCode &&
        a.officeIds.includes(office.officeId) &&
        a.validFrom === term.validFrom &&
        a.validTo === term.validTo,
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
          ...term,
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
