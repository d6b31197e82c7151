import { randomUUID } from 'node:crypto';
import { aFreshIdentityNumber, expectEventually } from '@jobbnatet/testing';
import { graphql } from './platform';

/** One operation that must succeed: its data, or a failure showing the errors. */
export async function ok<T>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await graphql<T>(token, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/**
 * One command that names something another service published a moment ago: retried while the
 * answer is an error saying the replica has not seen it yet (`retryable: true`).
 */
export function okOnceReplicated<T>(
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  return expectEventually(
    async () => {
      const response = await graphql<T>(token, query, variables);
      if (response.errors) {
        expect(response.errors[0]?.extensions).toMatchObject({ retryable: true });
        throw new Error(JSON.stringify(response.errors));
      }
      return response.data!;
    },
    { timeoutMs: 30_000, intervalMs: 100 },
  );
}

/** A valid organisationsnummer (556…) that no other run is likely to use. */
export function anOrganisationNumber(): string {
  const body = `556${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
  const sum = [...body].reduce((total, digit, index) => {
    const weighted = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Where an office works: its AF office id and the municipality it serves. */
export interface Region {
  officeId: string;
  municipalityCode: string;
}

export const sodertalje: Region = { officeId: 'af-sodertalje', municipalityCode: '0181' };
export const solna: Region = { officeId: 'af-solna', municipalityCode: '0184' };

export interface EmployerWithProfile {
  employerId: string;
  needId: string;
  profileId: string;
}

/** An employer of the officer's office with a competence need and its agreed profile. */
export async function employerWithProfile(
  officer: string,
  name: string,
): Promise<EmployerWithProfile> {
  const { registerEmployer } = await ok<{ registerEmployer: { id: string } }>(
    officer,
    `mutation E($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }`,
    {
      input: {
        organisationNumber: anOrganisationNumber(),
        name,
        sniCode: '52100',
        sizeBand: 'MEDIUM',
      },
    },
  );
  const { recordCompetenceNeed } = await ok<{ recordCompetenceNeed: { id: string } }>(
    officer,
    `mutation N($input: RecordCompetenceNeedInput!) { recordCompetenceNeed(input: $input) { id } }`,
    {
      input: {
        employerId: registerEmployer.id,
        occupationCode: '8332',
        headcount: 8,
        neededFrom: '2027-06-01',
        neededUntil: null,
        requirements: {
          skills: ['Lastbilskörning'],
          languages: [{ code: 'sv', level: 'B1' }],
          licences: ['C'],
          certificates: ['YKB'],
        },
      },
    },
  );
  const { agreeCompetenceProfile } = await ok<{ agreeCompetenceProfile: { id: string } }>(
    officer,
    `mutation P($input: AgreeCompetenceProfileInput!) { agreeCompetenceProfile(input: $input) { id } }`,
    {
      input: {
        needId: recordCompetenceNeed.id,
        occupationCode: '8332',
        competences: [{ name: 'Lastsäkring', level: 3, required: true }],
        languageRequirements: [{ code: 'sv', level: 'B1' }],
      },
    },
  );
  return {
    employerId: registerEmployer.id,
    needId: recordCompetenceNeed.id,
    profileId: agreeCompetenceProfile.id,
  };
}

/**
 * A participant registered at the region's office, living in its municipality. Every spec file
 * draws test identity numbers from its own shuffle of one list, so a number another file
 * registered first is a conflict: the next number is taken then.
 */
export async function aParticipantOf(
  officer: string,
  region: Region,
  name: { givenName: string; familyName: string },
): Promise<string> {
  for (;;) {
    const identityNumber = aFreshIdentityNumber();
    const answer = await graphql<{ registerParticipant: { id: string } }>(
      officer,
      `
        mutation R($input: RegisterParticipantInput!) {
          registerParticipant(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          identityNumber: `${identityNumber.slice(2, 8)}-${identityNumber.slice(8)}`,
          ...name,
          homeMunicipalityCode: region.municipalityCode,
          officeId: region.officeId,
        },
      },
    );
    const error = answer.errors?.[0];
    if (!error) return answer.data!.registerParticipant.id;
    if (error.extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(answer.errors));
  }
}

/** A provider and one offering of `typeCode` in the region. */
export async function anOffering(
  officer: string,
  region: Region,
  offering: { typeCode: string; placeName: string; fromDate: string; toDate: string },
): Promise<string> {
  const { registerProvider } = await ok<{ registerProvider: { id: string } }>(
    officer,
    `mutation P($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
    { input: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
  );
  const { createOffering } = await ok<{ createOffering: { id: string } }>(
    officer,
    `mutation C($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
    {
      input: {
        ...offering,
        providerId: registerProvider.id,
        municipalityCode: region.municipalityCode,
        officeIds: [region.officeId],
        capacity: 12,
        costPerParticipant: 12500,
        occupationCodes: ['8332'],
        competences: [],
        languageCode: 'sv',
      },
    },
  );
  return createOffering.id;
}

/** An ACTIVE collaboration agreement of the region, 2026–2029. */
export async function anActiveAgreement(token: string, region: Region): Promise<string> {
  const { createCollaborationAgreement } = await ok<{
    createCollaborationAgreement: { id: string };
  }>(
    token,
    `mutation A($input: CreateAgreementInput!) { createCollaborationAgreement(input: $input) { id } }`,
    {
      input: {
        municipalityCode: region.municipalityCode,
        officeIds: [region.officeId],
        validFrom: '2026-01-01',
        validTo: '2029-12-31',
        contacts: [
          { userId: randomUUID(), organisation: 'AF', role: 'Sektionschef' },
          { userId: randomUUID(), organisation: 'MUNICIPALITY', role: 'Arbetsmarknadschef' },
        ],
        rolesAndResponsibilities: 'Styrgrupp med chefer från båda parter.',
        methodSuitability: 'När arbetsgivare har återkommande rekryteringsbehov.',
        employerWork: 'En gemensam ingång för arbetsgivaren.',
      },
    },
  );
  await ok(
    token,
    `mutation Act($id: ID!) { activateCollaborationAgreement(agreementId: $id) { id } }`,
    { id: createCollaborationAgreement.id },
  );
  return createCollaborationAgreement.id;
}

/** The four phases of a track run in 2027. */
export const timeline2027 = [
  { phase: 'PLANNING', plannedStart: '2027-02-01', plannedEnd: '2027-03-31' },
  { phase: 'RECRUITMENT', plannedStart: '2027-04-01', plannedEnd: '2027-04-30' },
  { phase: 'IMPLEMENTATION', plannedStart: '2027-05-01', plannedEnd: '2027-10-31' },
  { phase: 'CLOSING', plannedStart: '2027-11-01', plannedEnd: '2027-12-17' },
];

/** Marks every open item of the track's current phase DONE. */
export async function completeChecklist(token: string, trackId: string): Promise<void> {
  const { jobTrack } = await ok<{
    jobTrack: { phase: string; checklist: { code: string; phase: string; complete: boolean }[] };
  }>(token, `query C($id: ID!) { jobTrack(id: $id) { phase checklist { code phase complete } } }`, {
    id: trackId,
  });
  for (const item of jobTrack.checklist) {
    if (item.phase !== jobTrack.phase || item.complete) continue;
    await ok(
      token,
      `mutation U($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { code } }`,
      { input: { trackId, itemCode: item.code, state: 'DONE' } },
    );
  }
}

/** Completes the current phase's checklist and moves the track on; returns the new phase. */
export async function advance(token: string, trackId: string): Promise<string> {
  await completeChecklist(token, trackId);
  const { advancePhase } = await ok<{ advancePhase: { phase: string } }>(
    token,
    `mutation Adv($trackId: ID!) { advancePhase(trackId: $trackId) { phase } }`,
    { trackId },
  );
  return advancePhase.phase;
}

/**
 * Takes a participant through the recruitment pipeline to admission, selected by `employerId`:
 * identified (once the participant is replicated), prerequisites assessed, prepared, met employer.
 */
export async function admit(
  token: string,
  trackId: string,
  participantId: string,
  employerId: string,
): Promise<string> {
  const { identifyCandidate } = await okOnceReplicated<{ identifyCandidate: { id: string } }>(
    token,
    `mutation I($input: IdentifyCandidateInput!) { identifyCandidate(input: $input) { id } }`,
    { input: { trackId, participantId } },
  );
  const candidateId = identifyCandidate.id;
  await ok(
    token,
    `mutation A($input: AssessCandidateInput!) { assessCandidatePrerequisites(input: $input) { id } }`,
    { input: { candidateId, assessmentId: randomUUID() } },
  );
  await ok(token, `mutation P($id: ID!) { prepareCandidate(candidateId: $id) { id } }`, {
    id: candidateId,
  });
  await ok(
    token,
    `mutation M($input: RecordEmployerMeetingInput!) { recordEmployerMeeting(input: $input) { id } }`,
    { input: { candidateId, employerId, metOn: '2027-04-12' } },
  );
  await ok(
    token,
    `mutation Ad($input: AdmitCandidateInput!) { admitCandidate(input: $input) { status } }`,
    { input: { candidateId, selectedByEmployerId: employerId, admittedOn: '2027-04-20' } },
  );
  return candidateId;
}
