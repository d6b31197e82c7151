import { type GatewayClient, inParallel, input } from '../gateway-client';
import type { DemoRegion, PlannedParticipant, PlannedTrack } from '../plan';
import { loadTrackActivities, type Providers } from './activities';
import type { LoadedEmployer } from './employers';
import {
  closeCases,
  employmentSelection,
  recordRetentionChecks,
  type RecordedEmployment,
} from './follow-through';
import type { LoadedParticipant } from './participants';
import type { Tally } from './tally';

/** Those who act on a track besides its office's officer (apps/gateway dev users). */
export interface TrackStaff {
  /** The case worker who approves the closed track's evaluation for the municipality. */
  caseWorker: string;
  admin: string;
}

interface Context {
  client: GatewayClient;
  employers: LoadedEmployer[];
  providers: Promise<Providers>;
  /** The `employer_contact` login's employer, where it exists. */
  devEmployer: LoadedEmployer | null;
  /** The cohort, once registered. */
  participants: Promise<Map<string, LoadedParticipant>>;
  agreements: Map<string, string>;
  staff: TrackStaff;
  tally: Tally;
}

const order = ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED'];

/**
 * Runs each job track of the region up to its phase, as its office's officer: created on the
 * office's agreement (from the Jobbnätet template or not), its cohort through the recruitment
 * pipeline, their jobs and activity support, a follow-up, closing results and, for the closed
 * one, the published evaluation. A track found by name is taken as loaded.
 */
export async function loadTracks(
  client: GatewayClient,
  region: DemoRegion,
  context: Omit<Context, 'client'>,
): Promise<void> {
  const ctx = { ...context, client };
  const existing = new Map<string, Map<string, string>>();
  for (const officer of new Set(region.tracks.map((t) => t.office.officer))) {
    const { jobTracks } = await client.run<{ jobTracks: { name: string; phase: string }[] }>(
      officer,
      `{ jobTracks(first: 200) { name phase } }`,
    );
    existing.set(officer, new Map(jobTracks.map((t) => [t.name, t.phase])));
  }
  await inParallel(region.tracks, 6, async (track) => {
    const phase = existing.get(track.office.officer)!.get(track.design.name);
    if (phase === track.design.phase) {
      ctx.tally.found('job tracks');
      return;
    }
    if (phase) throw new Error(`track ${track.design.name} is in ${phase}: reload from scratch`);
    await runTrack(ctx, track);
    ctx.tally.created('job tracks');
  });
}

async function runTrack(ctx: Context, track: PlannedTrack): Promise<void> {
  const { client } = ctx;
  const officer = track.office.officer;
  const employers = [
    ...track.employers.map((i) => ctx.employers[i]!),
    ...(track.withDevEmployer && ctx.devEmployer ? [ctx.devEmployer] : []),
  ];
  const lead = employers[0]!;
  const { createTrack } = await client.run<{ createTrack: { id: string } }>(
    officer,
    `mutation C($input: CreateTrackInput!) { createTrack(input: $input) { id } }`,
    {
      input: {
        agreementId: ctx.agreements.get(track.office.officeId),
        name: track.design.name,
        municipalityCodes: [track.office.municipalityCode],
        officeIds: [track.office.officeId],
        employerIds: employers.map((e) => e.id),
        competenceNeedIds: employers.map((e) => e.needId),
        competenceProfileId: lead.profileId,
        providerIds: [],
        targetParticipants: Math.max(track.design.admitted, 10),
        timeline: track.timeline,
        operationalTeam: [
          { userId: officerId(track), organisation: 'AF', role: 'Arbetsförmedlare' },
        ],
        coordinators: [{ userId: officerId(track), organisation: 'AF', role: 'Samordnare' }],
      },
    },
  );
  const trackId = createTrack.id;
  if (track.design.fromTemplate) {
    await client.run(
      officer,
      `mutation T($trackId: ID!) { applyTemplate(trackId: $trackId, templateCode: "JOBBNATET_METHOD") { id } }`,
      { trackId },
    );
  }
  if (track.design.phase === 'CANCELLED') {
    await client.run(
      officer,
      `mutation X($input: CancelTrackInput!) { cancelTrack(input: $input) { id } }`,
      {
        input: {
          trackId,
          reasonCode: 'EMPLOYER_WITHDREW',
          reasonText: 'Arbetsgivaren drog tillbaka sitt rekryteringsbehov.',
        },
      },
    );
    return;
  }
  const reach = (target: string) => order.indexOf(track.design.phase) >= order.indexOf(target);
  if (!reach('RECRUITMENT')) return;
  await advance(ctx, officer, trackId);

  const cohort = await ctx.participants;
  const people = track.participants.map((person) => ({
    person,
    loaded: cohort.get(person.identityNumber)!,
    employer: employers[person.selectedBy] ?? lead,
    planned: employers[person.selectedBy] !== undefined,
  }));
  await recruit(ctx, officer, trackId, people);
  await loadTrackActivities(
    client,
    track,
    people.map((p) => p.loaded.id),
    await ctx.providers,
    ctx.tally,
  );
  await recordJobsAndSupport(ctx, officer, people);
  if (!reach('IMPLEMENTATION')) return;
  await advance(ctx, officer, trackId);
  await followUp(ctx, officer, trackId, track, people);
  if (!reach('CLOSING')) return;
  await advance(ctx, officer, trackId);
  await client.batch(
    officer,
    'recordParticipantResult',
    '{ outcome }',
    people.map(({ person, loaded }) =>
      input('RecordParticipantResultInput!', resultOf(trackId, loaded.id, person)),
    ),
  );
  ctx.tally.created('closing results', people.length);
  if (!reach('CLOSED')) return;
  await publishEvaluation(ctx, officer, trackId);
  await advance(ctx, officer, trackId);
  await closeCases(
    client,
    officer,
    track,
    people.map(({ person, loaded, employer }) => ({
      person,
      participantId: loaded.id,
      employerId: employer.id,
    })),
    ctx.tally,
  );
}

/** The dev officer of the track's office, as its team's member. */
function officerId(track: PlannedTrack): string {
  return track.office.officer === 'officer'
    ? '11111111-1111-4111-8111-111111111111'
    : track.office.officer === 'officer_solna'
      ? '22222222-2222-4222-8222-222222222222'
      : `11111111-1111-4111-8111-11111111${track.office.municipalityCode}`;
}

/** Marks the current phase's open checklist items done and moves the track on. */
async function advance(ctx: Context, officer: string, trackId: string): Promise<void> {
  const { jobTrack } = await ctx.client.run<{
    jobTrack: { phase: string; checklist: { code: string; phase: string; complete: boolean }[] };
  }>(
    officer,
    `query C($id: ID!) { jobTrack(id: $id) { phase checklist { code phase complete } } }`,
    {
      id: trackId,
    },
  );
  const open = jobTrack.checklist.filter((item) => item.phase === jobTrack.phase && !item.complete);
  await ctx.client.batch(
    officer,
    'updateChecklistItem',
    '{ code }',
    open.map((item) =>
      input('UpdateChecklistItemInput!', { trackId, itemCode: item.code, state: 'DONE' }),
    ),
  );
  await ctx.client.run(
    officer,
    `mutation A($trackId: ID!) { advancePhase(trackId: $trackId) { phase } }`,
    {
      trackId,
    },
  );
}

interface Person {
  person: PlannedParticipant;
  loaded: LoadedParticipant;
  employer: LoadedEmployer;
  /** The employer is the one the plan chose (not the lead standing in for a missing dev employer). */
  planned: boolean;
}

/** Identified, prerequisites assessed, prepared, met the employer, admitted by its choice. */
async function recruit(ctx: Context, officer: string, trackId: string, people: Person[]) {
  const { client } = ctx;
  const candidates = await client.batch<{ id: string }>(
    officer,
    'identifyCandidate',
    '{ id }',
    people.map(({ loaded }) =>
      input('IdentifyCandidateInput!', { trackId, participantId: loaded.id }),
    ),
  );
  await client.batch(
    officer,
    'assessCandidatePrerequisites',
    '{ id }',
    people.map(({ loaded }, i) =>
      input('AssessCandidateInput!', {
        candidateId: candidates[i]!.id,
        assessmentId: loaded.assessmentId,
      }),
    ),
  );
  await client.batch(
    officer,
    'prepareCandidate',
    '{ id }',
    candidates.map((c) => ({ args: { candidateId: { type: 'ID!', value: c.id } } })),
  );
  await client.batch(
    officer,
    'recordEmployerMeeting',
    '{ id }',
    people.map(({ person, employer }, i) =>
      input('RecordEmployerMeetingInput!', {
        candidateId: candidates[i]!.id,
        employerId: employer.id,
        metOn: person.admittedOn,
      }),
    ),
  );
  await client.batch(
    officer,
    'admitCandidate',
    '{ status }',
    people.map(({ person, employer }, i) =>
      input('AdmitCandidateInput!', {
        candidateId: candidates[i]!.id,
        selectedByEmployerId: employer.id,
        admittedOn: person.admittedOn,
      }),
    ),
  );
  ctx.tally.created('admissions', people.length);
}

async function recordJobsAndSupport(ctx: Context, officer: string, people: Person[]) {
  const working = people.filter(({ person }) => person.job !== null);
  const employments = await ctx.client.batch<RecordedEmployment>(
    officer,
    'recordEmployment',
    employmentSelection,
    working.map(({ person, loaded, employer }) => {
      const job = person.job!;
      return input('RecordEmploymentInput!', {
        participantId: loaded.id,
        employerId: employer.id,
        startDate: job.startDate,
        hoursPerWeek: job.hoursPerWeek,
        form: job.form,
        subsidyKind: job.subsidyKind,
        acquired: job.acquired,
        acquiredThroughContactId: job.acquired ? employer.acquiringContactId : null,
      });
    }),
  );
  await ctx.client.batch(
    officer,
    'recordActivitySupport',
    '{ id }',
    people.map(({ person, loaded }) =>
      input('RecordActivitySupportInput!', { participantId: loaded.id, ...person.activitySupport }),
    ),
  );
  const fills = working.filter(({ person, planned }) => planned && person.job!.fillsVacancy);
  await ctx.client.batch(
    officer,
    'fillVacancy',
    '{ id }',
    fills.map(({ person, loaded, employer }) => ({
      args: {
        vacancyId: { type: 'ID!', value: employer.vacancyId },
        participantId: { type: 'ID!', value: loaded.id },
        filledOn: { type: 'String!', value: person.job!.startDate },
      },
    })),
  );
  ctx.tally.created('filled positions', fills.length);
  ctx.tally.created('employments', working.length);
  ctx.tally.created('activity-support periods', people.length);
  await recordRetentionChecks(ctx.client, officer, employments, ctx.tally);
}

async function followUp(
  ctx: Context,
  officer: string,
  trackId: string,
  track: PlannedTrack,
  people: Person[],
) {
  const implementation = track.timeline[2]!;
  await ctx.client.run(
    officer,
    `mutation F($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`,
    {
      input: {
        trackId,
        heldOn: implementation.plannedStart,
        quality: 'WORKING_WELL',
        transitions: 'SMOOTH',
        participants: people.slice(0, 10).map(({ loaded }, i) => ({
          participantId: loaded.id,
          progression: i % 5 === 4 ? 'BEHIND' : 'ON_TRACK',
          supportNeeds: [],
        })),
        employers: [...new Set(people.map((p) => p.employer.id))].map((employerId) => ({
          employerId,
          experience: 'POSITIVE',
          supportNeeds: [],
        })),
      },
    },
  );
  ctx.tally.created('follow-ups');
}

function resultOf(trackId: string, participantId: string, person: PlannedParticipant) {
  const result = person.result!;
  if (result.outcome !== 'EMPLOYED') return { trackId, participantId, ...result };
  const job = person.job!;
  return {
    trackId,
    participantId,
    outcome: 'EMPLOYED',
    employmentForm: job.form.startsWith('UNSUBSIDISED') ? 'UNSUBSIDISED' : job.form,
    subsidyKind: job.subsidyKind,
  };
}

/** The evaluation, approved by both parties and published as a good example. */
async function publishEvaluation(ctx: Context, officer: string, trackId: string) {
  await ctx.client.run(
    officer,
    `mutation D($input: EvaluationDraftInput!) { saveEvaluationDraft(input: $input) { status } }`,
    {
      input: {
        trackId,
        resultsExplanation:
          'De flesta fick anställning hos arbetsgivarna i spåret direkt efter utbildningen.',
        trainingMatchedParticipantNeeds: 'YES',
        trainingMatchedEmployerExpectations: 'YES',
        trainingComment: 'Utbildningen motsvarade kompetensprofilen.',
        phaseReviews: ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING'].map((phase) => ({
          phase,
          rating: 'WORKED_WELL',
          comment: 'Tät samverkan mellan Arbetsförmedlingen, kommunen och arbetsgivarna.',
        })),
        continuedNeed: true,
        newStarts: 20,
        continuedNeedComment: 'Arbetsgivarna vill ha en ny omgång.',
        changeRecommended: false,
        changeDescription: null,
        goodExample: true,
        goodExampleMotivation: 'Hög andel i arbete och nöjda arbetsgivare: ett spår att göra om.',
      },
    },
  );
  const approve = `mutation Ap($trackId: ID!) { approveEvaluation(trackId: $trackId) { status } }`;
  await ctx.client.run(officer, approve, { trackId });
  await ctx.client.run(ctx.staff.caseWorker, approve, { trackId });
  await ctx.client.run(
    ctx.staff.admin,
    `mutation P($trackId: ID!) { publishEvaluation(trackId: $trackId) { status } }`,
    {
      trackId,
    },
  );
  ctx.tally.created('published evaluations');
}
