import { randomUUID } from 'node:crypto';
import { postGraphql } from '@jobbnatet/testing';
import { officeId, registrationInput } from './graphql-client';
import { sleep } from './stats';

/**
 * A job track as tests/e2e's journey builds it, through the gateway: an employer with its need and
 * agreed profile, two offerings on the chain, an active agreement, and two participants identified
 * as candidates once the track is in recruitment. What `gateway-peers` reads across four subgraphs.
 */
const municipalityCode = '0181';

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function caller(gatewayUrl: string, token: string): { ok: Call; onceReplicated: Call } {
  const ok: Call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphql<T>(gatewayUrl, query, variables, {
      authorization: `Bearer ${token}`,
    });
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  // A command naming what another service published a moment ago waits for its replica.
  const onceReplicated: Call = async <T>(query: string, variables = {}) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await ok<T>(query, variables);
      } catch (error) {
        const retryable = error instanceof Error && error.message.includes('"retryable":true');
        if (!retryable || attempt >= 300) throw error;
        await sleep(100);
      }
    }
  };
  return { ok, onceReplicated };
}

/** A valid organisationsnummer (556…), random so reruns on kept topics do not collide. */
function anOrganisationNumber(): string {
  const body = `556${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
  const sum = [...body].reduce((total, digit, index) => {
    const weighted = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

async function employerWithProfile(ok: Call) {
  const { registerEmployer } = await ok<{ registerEmployer: { id: string } }>(
    `mutation E($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }`,
    {
      input: {
        organisationNumber: anOrganisationNumber(),
        name: 'Södertälje Åkeri AB',
        sniCode: '52100',
        sizeBand: 'MEDIUM',
      },
    },
  );
  const { recordCompetenceNeed } = await ok<{ recordCompetenceNeed: { id: string } }>(
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

async function anOffering(ok: Call, typeCode: string, placeName: string, dates: [string, string]) {
  const { registerProvider } = await ok<{ registerProvider: { id: string } }>(
    `mutation P($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
    { input: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
  );
  const { createOffering } = await ok<{ createOffering: { id: string } }>(
    `mutation C($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
    {
      input: {
        typeCode,
        placeName,
        fromDate: dates[0],
        toDate: dates[1],
        providerId: registerProvider.id,
        municipalityCode,
        officeIds: [officeId],
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

async function anActiveAgreement(ok: Call): Promise<string> {
  const { createCollaborationAgreement } = await ok<{
    createCollaborationAgreement: { id: string };
  }>(
    `mutation A($input: CreateAgreementInput!) { createCollaborationAgreement(input: $input) { id } }`,
    {
      input: {
        municipalityCode,
        officeIds: [officeId],
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
  await ok(`mutation Act($id: ID!) { activateCollaborationAgreement(agreementId: $id) { id } }`, {
    id: createCollaborationAgreement.id,
  });
  return createCollaborationAgreement.id;
}

/** Marks every open item of the planning checklist DONE and moves the track to recruitment. */
async function toRecruitment(ok: Call, trackId: string): Promise<void> {
  const { jobTrack } = await ok<{
    jobTrack: { phase: string; checklist: { code: string; phase: string; complete: boolean }[] };
  }>(`query C($id: ID!) { jobTrack(id: $id) { phase checklist { code phase complete } } }`, {
    id: trackId,
  });
  for (const item of jobTrack.checklist) {
    if (item.phase !== jobTrack.phase || item.complete) continue;
    await ok(
      `mutation U($input: UpdateChecklistItemInput!) { updateChecklistItem(input: $input) { code } }`,
      { input: { trackId, itemCode: item.code, state: 'DONE' } },
    );
  }
  await ok(`mutation Adv($trackId: ID!) { advancePhase(trackId: $trackId) { phase } }`, {
    trackId,
  });
}

/** Builds the track with the officer's and the case worker's tokens; returns its id. */
export async function seedJobTrack(
  gatewayUrl: string,
  tokens: { officer: string; caseWorker: string },
): Promise<string> {
  const { ok, onceReplicated } = caller(gatewayUrl, tokens.officer);
  const employer = await employerWithProfile(ok);
  const offerings = [
    await anOffering(ok, 'JOBBFORUM', 'Jobbtorget Södertälje', ['2027-05-03', '2027-05-28']),
    await anOffering(ok, 'SKRADDARSYDD_UTBILDNING', 'Förarskolan Södertälje', [
      '2027-06-28',
      '2027-09-24',
    ]),
  ];
  const participants: string[] = [];
  for (const n of [0, 1]) {
    const { registerParticipant } = await ok<{ registerParticipant: { id: string } }>(
      `mutation R($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
      { input: registrationInput(n) },
    );
    participants.push(registerParticipant.id);
  }
  const agreementId = await anActiveAgreement(caller(gatewayUrl, tokens.caseWorker).ok);
  const { createTrack } = await onceReplicated<{ createTrack: { id: string } }>(
    `mutation C($input: CreateTrackInput!) { createTrack(input: $input) { id } }`,
    {
      input: {
        agreementId,
        name: 'Lastbilsförare Södertälje 2027',
        municipalityCodes: [municipalityCode],
        officeIds: [officeId],
        employerIds: [employer.employerId],
        competenceNeedIds: [employer.needId],
        competenceProfileId: employer.profileId,
        providerIds: [],
        targetParticipants: 2,
        timeline: [
          { phase: 'PLANNING', plannedStart: '2027-02-01', plannedEnd: '2027-03-31' },
          { phase: 'RECRUITMENT', plannedStart: '2027-04-01', plannedEnd: '2027-04-30' },
          { phase: 'IMPLEMENTATION', plannedStart: '2027-05-01', plannedEnd: '2027-10-31' },
          { phase: 'CLOSING', plannedStart: '2027-11-01', plannedEnd: '2027-12-17' },
        ],
        operationalTeam: [
          {
            userId: '11111111-1111-4111-8111-111111111111',
            organisation: 'AF',
            role: 'Arbetsförmedlare',
          },
        ],
        coordinators: [
          {
            userId: '11111111-1111-4111-8111-111111111111',
            organisation: 'AF',
            role: 'Samordnare',
          },
        ],
      },
    },
  );
  const trackId = createTrack.id;
  const { applyTemplate } = await ok<{
    applyTemplate: { chain: { id: string; interventionTypeCode: string }[] };
  }>(
    `mutation T($trackId: ID!) { applyTemplate(trackId: $trackId, templateCode: "JOBBNATET_METHOD") { chain { id interventionTypeCode } } }`,
    { trackId },
  );
  const steps: [string, string, string, number, number][] = [
    ['JOBBFORUM', offerings[0]!, 'AF', 0, 3],
    ['SKRADDARSYDD_UTBILDNING', offerings[1]!, 'PROVIDER', 8, 20],
  ];
  for (const [code, offeringId, responsible, startWeek, endWeek] of steps) {
    const step = applyTemplate.chain.find((s) => s.interventionTypeCode === code);
    await onceReplicated(
      `mutation S($input: ChangeChainStepInput!) { changeChainStep(input: $input) { id } }`,
      {
        input: {
          trackId,
          stepId: step?.id,
          offeringId,
          responsible,
          parallelWithPrevious: false,
          startWeek,
          endWeek,
        },
      },
    );
  }
  await toRecruitment(ok, trackId);
  for (const participantId of participants) {
    await onceReplicated(
      `mutation I($input: IdentifyCandidateInput!) { identifyCandidate(input: $input) { id } }`,
      { input: { trackId, participantId } },
    );
  }
  return trackId;
}

/** The track read whole, as its office reads it: job-tracks, employers, activities, participants. */
export const trackQuery = `query BenchTrack($id: ID!) {
  jobTrack(id: $id) {
    name phase status
    employers { name }
    competenceProfile { status occupation { code } competences { name level required } }
    chain { position interventionTypeCode offering { placeName type { code } } }
    candidates { status participant { givenName familyName } }
  }
}`;
