import {
  aParticipantOf,
  admit,
  advance,
  anActiveAgreement,
  anOffering,
  completeChecklist,
  employerWithProfile,
  ok,
  okOnceReplicated,
  sodertalje,
  timeline2027,
} from './support/fixtures';
import { graphql, login } from './support/platform';

/** The gateway's development users (apps/gateway/src/auth/dev-users.ts). */
const officerId = '11111111-1111-4111-8111-111111111111';
const caseWorkerId = '33333333-3333-4333-8333-333333333333';
const processLeaderId = '44444444-4444-4444-8444-444444444444';

/** The whole track, as its office reads it: one operation over all four subgraphs. */
const wholeTrack = `query Whole($id: ID!) {
  jobTrack(id: $id) {
    name phase status round
    agreement { status municipalityCode }
    employers { name officeIds }
    competenceProfile { status occupation { code } competences { name level required } }
    chain { position interventionTypeCode responsible startWeek endWeek offering { placeName type { code } } }
    participants { admittedOn participant { givenName familyName } }
    candidateCounts { status count }
    followUpRecords { heldOn quality transitions participants { participantId progression } employers { experience } }
    participantResults { outcome employmentForm reasonCode }
    evaluation { status counts { participants employed employedUnsubsidised otherIntervention } goodExample }
    phaseHistory { from to }
  }
}`;

describe('a job track through its four phases, through the gateway', () => {
  it('is planned, recruited, implemented, closed and evaluated by the region’s roles, and read whole in one query', async () => {
    const officer = await login('officer');
    const caseWorker = await login('municipal_case_worker');
    const employerContact = await login('employer_contact');
    const processLeader = await login('process_leader');
    const admin = await login('admin');

    // The parties' own services: the employer, its need and agreed profile; offerings; participants.
    const employer = await employerWithProfile(officer, 'Södertälje Åkeri AB');
    const jobbforum = await anOffering(officer, sodertalje, {
      typeCode: 'JOBBFORUM',
      placeName: 'Jobbtorget Södertälje',
      fromDate: '2027-05-03',
      toDate: '2027-05-28',
    });
    const training = await anOffering(officer, sodertalje, {
      typeCode: 'SKRADDARSYDD_UTBILDNING',
      placeName: 'Förarskolan Södertälje',
      fromDate: '2027-06-28',
      toDate: '2027-09-24',
    });
    const anna = await aParticipantOf(officer, sodertalje, {
      givenName: 'Anna',
      familyName: 'Andersson',
    });
    const bengt = await aParticipantOf(officer, sodertalje, {
      givenName: 'Bengt',
      familyName: 'Berg',
    });

    // PLANNING: the municipality drafts and activates the agreement; the track follows the method.
    const agreementId = await anActiveAgreement(caseWorker, sodertalje);
    const { createTrack } = await okOnceReplicated<{ createTrack: { id: string } }>(
      officer,
      `mutation C($input: CreateTrackInput!) { createTrack(input: $input) { id } }`,
      {
        input: {
          agreementId,
          name: 'Lastbilsförare Södertälje 2027',
          municipalityCodes: [sodertalje.municipalityCode],
          officeIds: [sodertalje.officeId],
          employerIds: [employer.employerId],
          competenceNeedIds: [employer.needId],
          competenceProfileId: employer.profileId,
          providerIds: [],
          targetParticipants: 2,
          timeline: timeline2027,
          operationalTeam: [
            { userId: officerId, organisation: 'AF', role: 'Arbetsförmedlare' },
            { userId: caseWorkerId, organisation: 'MUNICIPALITY', role: 'Jobbcoach' },
          ],
          coordinators: [{ userId: officerId, organisation: 'AF', role: 'Samordnare' }],
        },
      },
    );
    const trackId = createTrack.id;
    const { applyTemplate } = await ok<{
      applyTemplate: { chain: { id: string; interventionTypeCode: string; startWeek: number }[] };
    }>(
      officer,
      `mutation T($trackId: ID!) { applyTemplate(trackId: $trackId, templateCode: "JOBBNATET_METHOD") { chain { id interventionTypeCode startWeek } } }`,
      { trackId },
    );
    const step = (code: string) =>
      applyTemplate.chain.find((s) => s.interventionTypeCode === code)!;
    for (const [code, offeringId, responsible, startWeek, endWeek] of [
      ['JOBBFORUM', jobbforum, 'AF', 0, 3],
      ['SKRADDARSYDD_UTBILDNING', training, 'PROVIDER', 8, 20],
    ] as const) {
      await okOnceReplicated(
        officer,
        `mutation S($input: ChangeChainStepInput!) { changeChainStep(input: $input) { id } }`,
        {
          input: {
            trackId,
            stepId: step(code).id,
            offeringId,
            responsible,
            parallelWithPrevious: false,
            startWeek,
            endWeek,
          },
        },
      );
    }
    // One point does not apply here, and says why.
    await ok(
      officer,
      `mutation W($input: WaiveChecklistItemInput!) { waiveChecklistItem(input: $input) { code } }`,
      {
        input: {
          trackId,
          itemCode: 'PLANNING_LETTER_OF_INTENT',
          reason: 'Arbetsgivaren skriver avsiktsförklaring först efter informationsmötet.',
        },
      },
    );
    expect(await advance(officer, trackId)).toBe('RECRUITMENT');

    // RECRUITMENT: both candidates go through the pipeline; the employer selects them.
    await admit(officer, trackId, anna, employer.employerId);
    await admit(caseWorker, trackId, bengt, employer.employerId);
    // Another employer's contact reaches no part of this track.
    const foreign = await graphql(employerContact, wholeTrack, { id: trackId });
    expect(foreign.data).toEqual({ jobTrack: null });
    expect(await advance(caseWorker, trackId)).toBe('IMPLEMENTATION');

    // IMPLEMENTATION: a follow-up on the three dimensions.
    await ok(
      caseWorker,
      `mutation F($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`,
      {
        input: {
          trackId,
          heldOn: '2027-05-14',
          quality: 'WORKING_WELL',
          transitions: 'SMOOTH',
          participants: [
            { participantId: anna, progression: 'ON_TRACK', supportNeeds: [] },
            { participantId: bengt, progression: 'BEHIND', supportNeeds: ['LANGUAGE'] },
          ],
          employers: [
            { employerId: employer.employerId, experience: 'POSITIVE', supportNeeds: [] },
          ],
        },
      },
    );
    expect(await advance(officer, trackId)).toBe('CLOSING');

    // CLOSING: results, the evaluation approved by both parties and published; then CLOSED.
    for (const result of [
      { participantId: anna, outcome: 'EMPLOYED', employmentForm: 'UNSUBSIDISED' },
      { participantId: bengt, outcome: 'OTHER_INTERVENTION', reasonCode: 'LANGUAGE' },
    ]) {
      await ok(
        officer,
        `mutation R($input: RecordParticipantResultInput!) { recordParticipantResult(input: $input) { outcome } }`,
        { input: { trackId, ...result } },
      );
    }
    await ok(
      officer,
      `mutation D($input: EvaluationDraftInput!) { saveEvaluationDraft(input: $input) { status } }`,
      {
        input: {
          trackId,
          resultsExplanation: 'Anna anställdes; Bengt går vidare till svenska för yrkesförare.',
          trainingMatchedParticipantNeeds: 'YES',
          trainingMatchedEmployerExpectations: 'YES',
          trainingComment: 'Utbildningen motsvarade profilen.',
          phaseReviews: ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING'].map((phase) => ({
            phase,
            rating: 'WORKED_WELL',
            comment: 'Tät samverkan i teamet.',
          })),
          continuedNeed: true,
          newStarts: 8,
          continuedNeedComment: 'En ny omgång till hösten.',
          changeRecommended: false,
          changeDescription: null,
          goodExample: true,
          goodExampleMotivation: 'Nöjd arbetsgivare och anställning direkt efter utbildningen.',
        },
      },
    );
    const approve = `mutation Ap($trackId: ID!) { approveEvaluation(trackId: $trackId) { status } }`;
    await ok(officer, approve, { trackId });
    await ok(caseWorker, approve, { trackId });
    await ok(
      admin,
      `mutation P($trackId: ID!) { publishEvaluation(trackId: $trackId) { status } }`,
      {
        trackId,
      },
    );
    await completeChecklist(officer, trackId);
    expect(await advance(officer, trackId)).toBe('CLOSED');

    // The whole track in one federated query, as its office reads it.
    const read = await graphql(officer, wholeTrack, { id: trackId });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      jobTrack: {
        name: 'Lastbilsförare Södertälje 2027',
        phase: 'CLOSED',
        status: 'CLOSED',
        round: 1,
        agreement: { status: 'ACTIVE', municipalityCode: '0181' },
        employers: [{ name: 'Södertälje Åkeri AB', officeIds: ['af-sodertalje'] }],
        competenceProfile: {
          status: 'AGREED',
          occupation: { code: '8332' },
          competences: [{ name: 'Lastsäkring', level: 3, required: true }],
        },
        chain: [
          {
            position: 1,
            interventionTypeCode: 'JOBBFORUM',
            responsible: 'AF',
            startWeek: 0,
            endWeek: 3,
            offering: { placeName: 'Jobbtorget Södertälje', type: { code: 'JOBBFORUM' } },
          },
          {
            position: 2,
            interventionTypeCode: 'INTRODUKTIONSPRAKTIK',
            responsible: 'EMPLOYER',
            startWeek: 4,
            endWeek: 7,
            offering: null,
          },
          {
            position: 3,
            interventionTypeCode: 'KOMPETENSANALYS',
            responsible: 'PROVIDER',
            startWeek: 4,
            endWeek: 5,
            offering: null,
          },
          {
            position: 4,
            interventionTypeCode: 'SKRADDARSYDD_UTBILDNING',
            responsible: 'PROVIDER',
            startWeek: 8,
            endWeek: 20,
            offering: {
              placeName: 'Förarskolan Södertälje',
              type: { code: 'SKRADDARSYDD_UTBILDNING' },
            },
          },
          {
            position: 5,
            interventionTypeCode: 'COACHING',
            responsible: 'MUNICIPALITY',
            startWeek: 4,
            endWeek: 25,
            offering: null,
          },
        ],
        participants: [
          { admittedOn: '2027-04-20', participant: { givenName: 'Anna', familyName: 'Andersson' } },
          { admittedOn: '2027-04-20', participant: { givenName: 'Bengt', familyName: 'Berg' } },
        ],
        candidateCounts: [{ status: 'ADMITTED', count: 2 }],
        followUpRecords: [
          {
            heldOn: '2027-05-14',
            quality: 'WORKING_WELL',
            transitions: 'SMOOTH',
            // Listed by participant id.
            participants: [
              { participantId: anna, progression: 'ON_TRACK' },
              { participantId: bengt, progression: 'BEHIND' },
            ].sort((a, b) => (a.participantId < b.participantId ? -1 : 1)),
            employers: [{ experience: 'POSITIVE' }],
          },
        ],
        participantResults: [
          { outcome: 'EMPLOYED', employmentForm: 'UNSUBSIDISED', reasonCode: null },
          { outcome: 'OTHER_INTERVENTION', employmentForm: null, reasonCode: 'LANGUAGE' },
        ],
        evaluation: {
          status: 'PUBLISHED',
          counts: { participants: 2, employed: 1, employedUnsubsidised: 1, otherIntervention: 1 },
          goodExample: true,
        },
        phaseHistory: [
          { from: null, to: 'PLANNING' },
          { from: 'PLANNING', to: 'RECRUITMENT' },
          { from: 'RECRUITMENT', to: 'IMPLEMENTATION' },
          { from: 'IMPLEMENTATION', to: 'CLOSING' },
          { from: 'CLOSING', to: 'CLOSED' },
        ],
      },
    });

    // The method's rollout: the office joins (unless the demo region's suite, sharing these
    // databases, joined it first with the same process leader), who assesses adoption here.
    const joined = await graphql(
      admin,
      `
        mutation J($input: JoinRolloutInput!) {
          joinMethodRollout(input: $input) {
            officeId
          }
        }
      `,
      {
        input: {
          officeId: sodertalje.officeId,
          joinedOn: '2027-01-15',
          processLeaderIds: [processLeaderId],
        },
      },
    );
    if (joined.errors) {
      expect(joined.errors[0]?.extensions).toMatchObject({ reason: 'ROLLOUT.ALREADY_JOINED' });
    }
    const assessed = await ok<{ assessOfficeAdoption: { level: string; recordedBy: string } }>(
      processLeader,
      `mutation As($input: AssessOfficeAdoptionInput!) { assessOfficeAdoption(input: $input) { level recordedBy } }`,
      {
        input: {
          officeId: sodertalje.officeId,
          level: 'FULL',
          assessedOn: '2027-12-20',
          evidence: 'Lastbilsförarspåret kördes hela vägen enligt metoden.',
        },
      },
    );
    expect(assessed).toEqual({
      assessOfficeAdoption: { level: 'FULL', recordedBy: processLeaderId },
    });
  });
});
