import { randomUUID } from 'node:crypto';
import { type CallerIdentity, parseEvent, topics } from '@jobbnatet/contracts';
import { callers, ParticipantEvents, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  expectEventually,
  hostileDate,
  hostileNumber,
  hostileString,
  KafkaProbe,
  oneFieldBroken,
  type ReceivedMessage,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  activeAgreement,
  admin,
  advanceMutation,
  caseWorker,
  completePhase,
  createTrack,
  employerId,
  must,
  officer,
  startJobTracks,
} from './support/job-tracks';
import { replicateEmployers } from './support/employers';

const candidateFields = `id trackId participant { id } status assessmentId metEmployerId metOn
  notAdmittedReason selectedByEmployerId admittedOn declinedInvitations { invitation } version`;
const identify = `mutation I($input: IdentifyCandidateInput!) { identifyCandidate(input: $input) { ${candidateFields} } }`;
const assess = `mutation A($input: AssessCandidateInput!) { assessCandidatePrerequisites(input: $input) { ${candidateFields} } }`;
const prepare = `mutation P($candidateId: ID!) { prepareCandidate(candidateId: $candidateId) { ${candidateFields} } }`;
const meet = `mutation M($input: RecordEmployerMeetingInput!) { recordEmployerMeeting(input: $input) { ${candidateFields} } }`;
const admit = `mutation Ad($input: AdmitCandidateInput!) { admitCandidate(input: $input) { ${candidateFields} } }`;
const notAdmit = `mutation N($input: NotAdmitCandidateInput!) { notAdmitCandidate(input: $input) { ${candidateFields} } }`;
const decline = `mutation D($input: DeclineInvitationInput!) { declineInvitation(input: $input) { ${candidateFields} } }`;
const materialFields = `adText requirements contentVersion status publishedAt
  reviews { contentVersion outcome notes reviewedBy }`;
const setPlan = `mutation SP($input: SetRecruitmentPlanInput!) {
  setRecruitmentPlan(input: $input) { method activities { kind plannedOn description } version }
}`;
const draft = `mutation DR($input: DraftRecruitmentMaterialInput!) { draftRecruitmentMaterial(input: $input) { ${materialFields} } }`;
const review = `mutation RV($input: ReviewRecruitmentMaterialInput!) { reviewRecruitmentMaterial(input: $input) { ${materialFields} } }`;
const publish = `mutation PB($trackId: ID!) { publishRecruitmentMaterial(trackId: $trackId) { ${materialFields} } }`;
const trackRecruitment = `query R($id: ID!) {
  jobTrack(id: $id) {
    id
    candidates { ${candidateFields} }
    candidateCounts { status count }
    participants { participant { id } candidateId admittedOn selectedByEmployerId }
    recruitmentPlan { method activities { kind plannedOn } }
    recruitmentMaterial { status contentVersion }
  }
}`;

interface Candidate {
  id: string;
  status: string;
  participant: { id: string };
  assessmentId: string | null;
  metEmployerId: string | null;
  notAdmittedReason: string | null;
  selectedByEmployerId: string | null;
  admittedOn: string | null;
  declinedInvitations: { invitation: string }[];
}
interface TrackRecruitment {
  id: string;
  candidates: Candidate[];
  candidateCounts: { status: string; count: number }[];
  participants: {
    participant: { id: string };
    candidateId: string;
    admittedOn: string;
    selectedByEmployerId: string;
  }[];
  recruitmentPlan: { method: string; activities: { kind: string; plannedOn: string }[] } | null;
  recruitmentMaterial: { status: string; contentVersion: number } | null;
}

const secondEmployer = '1e2d3c4b-5a69-4788-9766-554433221100';
const employerContact = callers.employerContact(employerId);
const otherEmployerContact = callers.employerContact(secondEmployer);
const processLeader: CallerIdentity = { ...callers.processLeader(), officeId: 'af-sodertalje' };
const otherOfficer = callers.officer('af-solna');

describe('recruitment and admission', () => {
  let subgraph: Subgraph;
  let probe: KafkaProbe;
  let events: ParticipantEvents;
  let agreementId: string;

  const errorOf = async (caller: CallerIdentity, query: string, variables: object) => {
    const response = await subgraph.call(caller, query, variables as Record<string, unknown>);
    expect(response.data && Object.values(response.data).some((v) => v !== null)).toBeFalsy();
    const error = response.errors?.[0];
    return { code: String(error?.extensions?.code), message: String(error?.message) };
  };
  const view = async (caller: CallerIdentity, id: string) =>
    (await subgraph.call<{ jobTrack: TrackRecruitment | null }>(caller, trackRecruitment, { id }))
      .data!.jobTrack;
  const eventsOf = async (subject: string, type: string, count = 1) => {
    const isType = (m: ReceivedMessage) => {
      const parsed = m.key === subject ? parseEvent(m.value!) : null;
      return parsed?.ok === true && parsed.envelope.type === type;
    };
    const messages = await probe.waitForAll(isType, count, 10_000);
    return messages.slice(0, count).map((m) => {
      const parsed = parseEvent(m.value!);
      return parsed.ok ? (parsed.envelope.data as Record<string, unknown>) : null;
    });
  };

  /** Participants the replica knows, registered at Södertälje's office, living in `municipality`. */
  async function participants(count: number, officeId = 'af-sodertalje', municipality = '0181') {
    const ids = Array.from({ length: count }, () => randomUUID());
    await events.publish(...ids.map((id) => events.registered(id, officeId, municipality)));
    await expectEventually(async () =>
      expect(
        await subgraph.sql(
          'SELECT 1 FROM participant_reach WHERE participant_id = ANY($1::uuid[])',
          [ids],
        ),
      ).toHaveLength(count),
    );
    return ids;
  }

  /** A track of two employers moved into RECRUITMENT. */
  async function recruitingTrack(): Promise<string> {
    const { id } = await createTrack(subgraph, agreementId, {
      employerIds: [employerId, secondEmployer],
    });
    await completePhase(subgraph, id, 'PLANNING');
    await must(subgraph, officer, advanceMutation, { trackId: id });
    return id;
  }

  const identified = (trackId: string, participantId: string, caller = officer) =>
    must<Candidate>(subgraph, caller, identify, { input: { trackId, participantId } });

  /** A candidate taken through the pipeline up to MET_EMPLOYER with `metEmployer`. */
  async function metCandidate(trackId: string, participantId: string, metEmployer = employerId) {
    const candidate = await identified(trackId, participantId);
    await must(subgraph, officer, assess, {
      input: { candidateId: candidate.id, assessmentId: randomUUID() },
    });
    await must(subgraph, officer, prepare, { candidateId: candidate.id });
    return must<Candidate>(subgraph, officer, meet, {
      input: { candidateId: candidate.id, employerId: metEmployer, metOn: '2027-04-15' },
    });
  }

  /** Rows and events recruitment could leave: a count a refused command must not move. */
  const traces = async () =>
    Number(
      (
        await subgraph.sql<{ n: string }>(
          `SELECT (SELECT count(*) + coalesce(sum(version), 0) FROM candidate)
             + (SELECT count(*) FROM candidate_declined_invitation)
             + (SELECT count(*) FROM track_participant)
             + (SELECT count(*) + coalesce(sum(version), 0) FROM recruitment_plan)
             + (SELECT count(*) + coalesce(sum(content_version), 0) FROM recruitment_material)
             + (SELECT count(*) FROM recruitment_material_review)
             + (SELECT count(*) FROM recruitment_material WHERE status = 'PUBLISHED')
             + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    subgraph = await startJobTracks();
    await replicateEmployers(subgraph, [secondEmployer]);
    probe = await KafkaProbe.start([topics.jobTracks]);
    events = await ParticipantEvents.start();
    agreementId = await activeAgreement(subgraph);
  });

  afterAll(async () => {
    await events?.stop();
    await probe?.stop();
    await subgraph?.stop({ dropDatabase: true });
  });

  it('reads the caller’s scope in every root field and entity resolver', () => {
    expect(subgraph.unscopedResolvers()).toEqual([]);
  });

  describe('the candidate pipeline', () => {
    it('takes a participant from identification to admission and makes them a track participant', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await identified(trackId, participantId!);
      expect(candidate).toMatchObject({ status: 'IDENTIFIED', participant: { id: participantId } });
      const assessmentId = randomUUID();
      expect(
        await must<Candidate>(subgraph, officer, assess, {
          input: { candidateId: candidate.id, assessmentId },
        }),
      ).toMatchObject({ status: 'PREREQUISITES_ASSESSED', assessmentId });
      expect(
        await must<Candidate>(subgraph, caseWorker, prepare, { candidateId: candidate.id }),
      ).toMatchObject({ status: 'PREPARED' });
      expect(
        await must<Candidate>(subgraph, officer, meet, {
          input: { candidateId: candidate.id, employerId, metOn: '2027-04-15' },
        }),
      ).toMatchObject({ status: 'MET_EMPLOYER', metEmployerId: employerId });
      const admitted = await must<Candidate>(subgraph, officer, admit, {
        input: {
          candidateId: candidate.id,
          selectedByEmployerId: employerId,
          admittedOn: '2027-04-28',
        },
      });
      expect(admitted).toMatchObject({
        status: 'ADMITTED',
        selectedByEmployerId: employerId,
        admittedOn: '2027-04-28',
      });

      const track = await view(officer, trackId);
      expect(track!.participants).toEqual([
        {
          participant: { id: participantId },
          candidateId: candidate.id,
          admittedOn: '2027-04-28',
          selectedByEmployerId: employerId,
        },
      ]);
      expect(track!.candidateCounts).toEqual([{ status: 'ADMITTED', count: 1 }]);

      const [admission] = await eventsOf(candidate.id, 'participant.admitted');
      expect(admission).toEqual({
        trackId,
        participantId,
        candidateId: candidate.id,
        officeIds: ['af-sodertalje'],
        municipalityCodes: ['0181'],
        admittedOn: '2027-04-28',
        selectedByEmployerId: employerId,
        admittedAt: expect.any(String),
        admittedBy: officer.userId,
      });
      const steps = await eventsOf(candidate.id, 'candidate.advanced', 3);
      expect(steps.map((s) => [s!.from, s!.to])).toEqual([
        ['IDENTIFIED', 'PREREQUISITES_ASSESSED'],
        ['PREREQUISITES_ASSESSED', 'PREPARED'],
        ['PREPARED', 'MET_EMPLOYER'],
      ]);
      expect(steps[0]).toMatchObject({ assessmentId, participantId });
      expect(await eventsOf(candidate.id, 'candidate.identified')).toEqual([
        expect.objectContaining({ trackId, participantId, identifiedBy: officer.userId }),
      ]);
    });

    it('refuses a move that skips steps, naming the missing ones, and writes nothing', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await identified(trackId, participantId!);
      const before = await traces();
      const skipped = await errorOf(officer, admit, {
        input: {
          candidateId: candidate.id,
          selectedByEmployerId: employerId,
          admittedOn: '2027-04-28',
        },
      });
      expect(skipped.code).toBe('CONFLICT');
      expect(skipped.message).toContain('PREREQUISITES_ASSESSED, PREPARED, MET_EMPLOYER');
      const meeting = await errorOf(officer, meet, {
        input: { candidateId: candidate.id, employerId, metOn: '2027-04-15' },
      });
      expect(meeting.message).toContain('PREREQUISITES_ASSESSED, PREPARED');
      expect(await traces()).toBe(before);
    });

    it('refuses to move a decided candidate and to identify a participant twice', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await identified(trackId, participantId!);
      const decided = await must<Candidate>(subgraph, officer, notAdmit, {
        input: { candidateId: candidate.id, reasonCode: 'PREREQUISITES_NOT_MET' },
      });
      expect(decided).toMatchObject({
        status: 'NOT_ADMITTED',
        notAdmittedReason: 'PREREQUISITES_NOT_MET',
      });
      expect(await eventsOf(candidate.id, 'candidate.not-admitted')).toEqual([
        expect.objectContaining({ from: 'IDENTIFIED', reasonCode: 'PREREQUISITES_NOT_MET' }),
      ]);
      const before = await traces();
      expect((await errorOf(officer, prepare, { candidateId: candidate.id })).message).toContain(
        'already NOT_ADMITTED',
      );
      expect(
        (
          await errorOf(officer, notAdmit, {
            input: { candidateId: candidate.id, reasonCode: 'OTHER' },
          })
        ).code,
      ).toBe('CONFLICT');
      expect(
        (await errorOf(officer, identify, { input: { trackId, participantId } })).message,
      ).toContain('already a candidate');
      expect(await traces()).toBe(before);
    });

    it('records a declined invitation and nothing against the candidate, who may be invited again', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await identified(trackId, participantId!);
      await must(subgraph, officer, assess, {
        input: { candidateId: candidate.id, assessmentId: randomUUID() },
      });
      const prepared = await must<Candidate>(subgraph, officer, prepare, {
        candidateId: candidate.id,
      });
      const declined = await must<Candidate & { version: number }>(subgraph, officer, decline, {
        input: { candidateId: candidate.id, invitation: 'EMPLOYER_MEETING' },
      });
      expect(declined).toMatchObject({
        status: 'PREPARED',
        notAdmittedReason: null,
        declinedInvitations: [{ invitation: 'EMPLOYER_MEETING' }],
        version: (prepared as Candidate & { version: number }).version,
      });
      const [event] = await eventsOf(candidate.id, 'candidate.invitation-declined');
      expect(event).toEqual({
        candidateId: candidate.id,
        trackId,
        invitation: 'EMPLOYER_MEETING',
        recordedAt: expect.any(String),
      });
      // Invited again, they meet the employer and decline the final selection: still no penalty.
      await must(subgraph, officer, meet, {
        input: { candidateId: candidate.id, employerId, metOn: '2027-04-20' },
      });
      expect(
        await must<Candidate>(subgraph, officer, decline, {
          input: { candidateId: candidate.id, invitation: 'FINAL_SELECTION' },
        }),
      ).toMatchObject({ status: 'MET_EMPLOYER', notAdmittedReason: null });
      expect(
        (
          await errorOf(officer, decline, {
            input: { candidateId: candidate.id, invitation: 'EMPLOYER_MEETING' },
          })
        ).message,
      ).toContain('FINAL_SELECTION');
    });

    it('takes candidates only in RECRUITMENT and IMPLEMENTATION', async () => {
      const { id: planningTrack } = await createTrack(subgraph, agreementId);
      const [participantId] = await participants(1);
      const refused = await errorOf(officer, identify, {
        input: { trackId: planningTrack, participantId },
      });
      expect(refused).toMatchObject({ code: 'CONFLICT' });
      expect(refused.message).toContain('RECRUITMENT or IMPLEMENTATION');
    });

    it('admits late, in IMPLEMENTATION', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await metCandidate(trackId, participantId!);
      await completePhase(subgraph, trackId, 'RECRUITMENT');
      await must(subgraph, officer, advanceMutation, { trackId });
      expect(
        await must<Candidate>(subgraph, officer, admit, {
          input: {
            candidateId: candidate.id,
            selectedByEmployerId: employerId,
            admittedOn: '2027-05-10',
          },
        }),
      ).toMatchObject({ status: 'ADMITTED' });
    });

    it('refuses a participant who has exited and an employer not on the track', async () => {
      const trackId = await recruitingTrack();
      const [exited, other] = await participants(2);
      await events.publish(events.exited(exited!));
      await expectEventually(async () =>
        expect(
          await subgraph.sql('SELECT status FROM participant_reach WHERE participant_id = $1', [
            exited,
          ]),
        ).toEqual([{ status: 'EXITED' }]),
      );
      expect(
        (await errorOf(officer, identify, { input: { trackId, participantId: exited } })).message,
      ).toContain('exited');
      const candidate = await identified(trackId, other!);
      await must(subgraph, officer, assess, {
        input: { candidateId: candidate.id, assessmentId: randomUUID() },
      });
      await must(subgraph, officer, prepare, { candidateId: candidate.id });
      expect(
        await errorOf(officer, meet, {
          input: { candidateId: candidate.id, employerId: randomUUID(), metOn: '2027-04-15' },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('answers a participant the replica has not seen yet with a retryable NOT_FOUND, then takes them', async () => {
      const trackId = await recruitingTrack();
      const lagging = randomUUID();
      const response = await subgraph.call(officer, identify, {
        input: { trackId, participantId: lagging },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        retryable: true,
      });
      await participantsKnown(lagging);
      expect(await identified(trackId, lagging)).toMatchObject({ status: 'IDENTIFIED' });
    });

    async function participantsKnown(id: string) {
      await events.publish(events.registered(id));
      await expectEventually(async () =>
        expect(
          await subgraph.sql('SELECT 1 FROM participant_reach WHERE participant_id = $1', [id]),
        ).toHaveLength(1),
      );
    }
  });

  describe('scope', () => {
    it('answers a foreign and a missing candidate the same, and a foreign track as missing', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await identified(trackId, participantId!);
      const foreign = await errorOf(otherOfficer, prepare, { candidateId: candidate.id });
      const missing = await errorOf(otherOfficer, prepare, { candidateId: randomUUID() });
      expect(foreign).toEqual(missing);
      expect(foreign.code).toBe('NOT_FOUND');
      const [solnaParticipant] = await participants(1, 'af-solna', '0184');
      expect(
        await errorOf(otherOfficer, identify, {
          input: { trackId, participantId: solnaParticipant },
        }),
      ).toEqual(
        await errorOf(otherOfficer, identify, {
          input: { trackId: randomUUID(), participantId: solnaParticipant },
        }),
      );
      expect(await view(otherOfficer, trackId)).toBeNull();
    });

    it('identifies only participants in the caller’s reach, the same as unknown ones', async () => {
      const trackId = await recruitingTrack();
      const [solnaResident] = await participants(1, 'af-solna', '0184');
      const outOfReach = await errorOf(officer, identify, {
        input: { trackId, participantId: solnaResident },
      });
      const unknown = await errorOf(officer, identify, {
        input: { trackId, participantId: randomUUID() },
      });
      expect(outOfReach).toEqual(unknown);
      expect(await identified(trackId, solnaResident!, admin)).toMatchObject({
        status: 'IDENTIFIED',
      });
    });

    it('shows an employer contact counts and the candidates who met its employer, without the team’s details', async () => {
      const trackId = await recruitingTrack();
      const [metOurs, metTheirs, notMet] = await participants(3);
      const ours = await metCandidate(trackId, metOurs!);
      await metCandidate(trackId, metTheirs!, secondEmployer);
      await identified(trackId, notMet!);
      await must(subgraph, officer, decline, {
        input: { candidateId: ours.id, invitation: 'FINAL_SELECTION' },
      });

      const seen = await view(employerContact, trackId);
      expect(seen!.candidates).toEqual([
        expect.objectContaining({
          id: ours.id,
          participant: { id: metOurs },
          status: 'MET_EMPLOYER',
          assessmentId: null,
          declinedInvitations: [],
        }),
      ]);
      expect(seen!.candidateCounts).toEqual([
        { status: 'IDENTIFIED', count: 1 },
        { status: 'MET_EMPLOYER', count: 2 },
      ]);
      const leader = await view(processLeader, trackId);
      expect(leader!.candidates).toEqual([]);
      expect(leader!.candidateCounts).toHaveLength(2);
      expect((await view(officer, trackId))!.candidates).toHaveLength(3);
    });

    it('lets an employer contact make its own final selection, and no other', async () => {
      const trackId = await recruitingTrack();
      const [first, second] = await participants(2);
      const ours = await metCandidate(trackId, first!);
      const theirs = await metCandidate(trackId, second!, secondEmployer);
      const before = await traces();
      expect(
        (
          await errorOf(employerContact, admit, {
            input: {
              candidateId: ours.id,
              selectedByEmployerId: secondEmployer,
              admittedOn: '2027-04-28',
            },
          })
        ).code,
      ).toBe('FORBIDDEN');
      // A candidate who met another employer is not even there for this contact.
      expect(
        await errorOf(employerContact, admit, {
          input: {
            candidateId: theirs.id,
            selectedByEmployerId: employerId,
            admittedOn: '2027-04-28',
          },
        }),
      ).toEqual(
        await errorOf(employerContact, admit, {
          input: {
            candidateId: randomUUID(),
            selectedByEmployerId: employerId,
            admittedOn: '2027-04-28',
          },
        }),
      );
      expect((await errorOf(employerContact, prepare, { candidateId: ours.id })).code).toBe(
        'FORBIDDEN',
      );
      expect(await traces()).toBe(before);

      expect(
        await must<Candidate>(subgraph, employerContact, admit, {
          input: {
            candidateId: ours.id,
            selectedByEmployerId: employerId,
            admittedOn: '2027-04-28',
          },
        }),
      ).toMatchObject({ status: 'ADMITTED', selectedByEmployerId: employerId });
      await must(subgraph, officer, admit, {
        input: {
          candidateId: theirs.id,
          selectedByEmployerId: secondEmployer,
          admittedOn: '2027-04-29',
        },
      });
      expect((await view(employerContact, trackId))!.participants).toEqual([
        expect.objectContaining({ participant: { id: first }, selectedByEmployerId: employerId }),
      ]);
      expect((await view(otherEmployerContact, trackId))!.participants).toEqual([
        expect.objectContaining({ participant: { id: second } }),
      ]);
      expect((await view(processLeader, trackId))!.participants).toEqual([]);
      expect((await view(caseWorker, trackId))!.participants).toHaveLength(2);
    });
  });

  describe('the recruitment plan and material', () => {
    it('sets the plan with its dated activities, publishing no text', async () => {
      const { id: trackId } = await createTrack(subgraph, agreementId);
      const plan = await must<{ method: string; activities: unknown[]; version: number }>(
        subgraph,
        officer,
        setPlan,
        {
          input: {
            trackId,
            method: 'JOINT_INFORMATION_MEETING',
            activities: [
              {
                kind: 'EMPLOYER_RECRUITMENT_DAY',
                plannedOn: '2027-04-20',
                description: 'Rekryteringsdag hos arbetsgivaren',
              },
              {
                kind: 'JOINT_INFORMATION_MEETING',
                plannedOn: '2027-04-06',
                description: 'Gemensam informationsträff',
              },
            ],
          },
        },
      );
      expect(plan).toMatchObject({
        method: 'JOINT_INFORMATION_MEETING',
        version: 1,
        activities: [{ plannedOn: '2027-04-06' }, { plannedOn: '2027-04-20' }],
      });
      const [event] = await eventsOf(trackId, 'recruitment-plan.set');
      expect(event).toMatchObject({
        method: 'JOINT_INFORMATION_MEETING',
        activities: [
          { kind: 'JOINT_INFORMATION_MEETING', plannedOn: '2027-04-06' },
          { kind: 'EMPLOYER_RECRUITMENT_DAY', plannedOn: '2027-04-20' },
        ],
      });
      expect(JSON.stringify(event)).not.toContain('informationsträff');
      expect((await view(employerContact, trackId))!.recruitmentPlan).toMatchObject({
        method: 'JOINT_INFORMATION_MEETING',
      });
    });

    it('publishes the material only after an APPROVED gender-equality review of its current text', async () => {
      const { id: trackId } = await createTrack(subgraph, agreementId);
      const material = {
        trackId,
        adText: 'Vi söker lagermedarbetare.',
        requirements: 'B-körkort.',
      };
      expect(await must(subgraph, officer, draft, { input: material })).toMatchObject({
        status: 'DRAFT',
        contentVersion: 1,
      });
      const unreviewed = await errorOf(officer, publish, { trackId });
      expect(unreviewed.code).toBe('CONFLICT');
      expect(unreviewed.message).toContain('APPROVED gender-equality review');

      expect(
        await must(subgraph, caseWorker, review, {
          input: {
            trackId,
            contentVersion: 1,
            outcome: 'CHANGES_NEEDED',
            notes: 'Skriv könsneutralt; ta bort krav som inte behövs.',
          },
        }),
      ).toMatchObject({ status: 'CHANGES_NEEDED' });
      expect((await errorOf(officer, publish, { trackId })).message).toContain('CHANGES_NEEDED');

      await must(subgraph, officer, draft, {
        input: { ...material, requirements: 'Körkort är meriterande.' },
      });
      const stale = await errorOf(caseWorker, review, {
        input: { trackId, contentVersion: 1, outcome: 'APPROVED' },
      });
      expect(stale).toMatchObject({ code: 'BAD_USER_INPUT' });
      await must(subgraph, caseWorker, review, {
        input: { trackId, contentVersion: 2, outcome: 'APPROVED' },
      });
      const published = await must<{ status: string; reviews: unknown[]; publishedAt: string }>(
        subgraph,
        officer,
        publish,
        { trackId },
      );
      expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });
      expect(published.reviews).toEqual([
        expect.objectContaining({
          contentVersion: 1,
          outcome: 'CHANGES_NEEDED',
          reviewedBy: caseWorker.userId,
        }),
        expect.objectContaining({ contentVersion: 2, outcome: 'APPROVED', notes: null }),
      ]);
      const reviews = await eventsOf(trackId, 'recruitment-material.reviewed', 2);
      expect(reviews.map((r) => r!.outcome)).toEqual(['CHANGES_NEEDED', 'APPROVED']);
      expect(JSON.stringify(reviews)).not.toContain('könsneutralt');
      expect(await eventsOf(trackId, 'recruitment-material.published')).toEqual([
        expect.objectContaining({ contentVersion: 2, publishedBy: officer.userId }),
      ]);
      expect((await errorOf(officer, publish, { trackId })).code).toBe('CONFLICT');
    });

    it('lets only the track’s team change the plan and material', async () => {
      const { id: trackId } = await createTrack(subgraph, agreementId);
      const before = await traces();
      for (const caller of [employerContact, processLeader]) {
        expect(
          (
            await errorOf(caller, draft, {
              input: { trackId, adText: 'Annons', requirements: 'Krav' },
            })
          ).code,
        ).toBe('FORBIDDEN');
      }
      expect(
        await errorOf(otherOfficer, draft, {
          input: { trackId, adText: 'Annons', requirements: 'Krav' },
        }),
      ).toEqual(
        await errorOf(otherOfficer, draft, {
          input: { trackId: randomUUID(), adText: 'Annons', requirements: 'Krav' },
        }),
      );
      expect(await traces()).toBe(before);
    });
  });

  describe('participant.erased', () => {
    it('drops the assessment link and declined invitations, keeping ids and outcomes', async () => {
      const trackId = await recruitingTrack();
      const [participantId] = await participants(1);
      const candidate = await metCandidate(trackId, participantId!);
      await must(subgraph, officer, decline, {
        input: { candidateId: candidate.id, invitation: 'FINAL_SELECTION' },
      });
      await events.publish(events.erased(participantId!));
      await expectEventually(async () =>
        expect(
          await subgraph.sql('SELECT status, assessment_id FROM candidate WHERE id = $1', [
            candidate.id,
          ]),
        ).toEqual([{ status: 'MET_EMPLOYER', assessment_id: null }]),
      );
      expect(
        await subgraph.sql('SELECT 1 FROM candidate_declined_invitation WHERE candidate_id = $1', [
          candidate.id,
        ]),
      ).toEqual([]);
      expect(
        await subgraph.sql('SELECT status FROM participant_reach WHERE participant_id = $1', [
          participantId,
        ]),
      ).toEqual([{ status: 'ERASED' }]);
      expect(
        (
          await errorOf(officer, admit, {
            input: {
              candidateId: candidate.id,
              selectedByEmployerId: employerId,
              admittedOn: '2027-04-28',
            },
          })
        ).message,
      ).toContain('erased');
    });
  });

  describe('every mutation under >= 1000 generated bad inputs: 0 server errors, nothing written', () => {
    const isUuid = (value: string) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
    const badId = hostileString().filter((value) => !isUuid(value));
    const badText = (max: number) =>
      fc.oneof(hostileString(), fc.constant('x'.repeat(max + 1))).filter((value) => {
        const trimmed = value.normalize('NFC').trim();
        return (
          trimmed.length === 0 ||
          trimmed.length > max ||
          /\p{C}/u.test(trimmed) ||
          !/\p{L}/u.test(trimmed)
        );
      });
    const isBadDate = (value: string) =>
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value ||
      value < '2000-01-01' ||
      value > '2099-12-31';
    const badDate = fc.oneof(hostileDate(), hostileString()).filter(isBadDate);
    const badEnum = hostileString();
    let trackId: string;
    let identifiedId: string;
    let assessedId: string;
    let preparedId: string;
    let metId: string;

    beforeAll(async () => {
      trackId = await recruitingTrack();
      const ids = await participants(5);
      identifiedId = (await identified(trackId, ids[0]!)).id;
      assessedId = (await identified(trackId, ids[1]!)).id;
      await must(subgraph, officer, assess, {
        input: { candidateId: assessedId, assessmentId: randomUUID() },
      });
      preparedId = (await identified(trackId, ids[2]!)).id;
      await must(subgraph, officer, assess, {
        input: { candidateId: preparedId, assessmentId: randomUUID() },
      });
      await must(subgraph, officer, prepare, { candidateId: preparedId });
      metId = (await metCandidate(trackId, ids[3]!)).id;
      await must(subgraph, officer, draft, {
        input: { trackId, adText: 'Vi söker lagermedarbetare.', requirements: 'B-körkort.' },
      });
    });

    const refuses = (
      query: string,
      valid: object,
      broken: Record<string, fc.Arbitrary<unknown>>,
      wrap = true,
    ) =>
      assertEveryBadInputRefused({
        send: ({ input }) =>
          subgraph.call(officer, query, wrap ? { input } : (input as Record<string, unknown>)),
        inputs: oneFieldBroken(valid, broken),
        traces,
      });

    it('identifyCandidate', () =>
      refuses(
        identify,
        { trackId, participantId: randomUUID() },
        { trackId: badId, participantId: badId },
      ));

    it('assessCandidatePrerequisites', () =>
      refuses(
        assess,
        { candidateId: identifiedId, assessmentId: randomUUID() },
        {
          candidateId: fc.oneof(badId, fc.constant(metId)),
          assessmentId: badId,
        },
      ));

    it('prepareCandidate', () =>
      refuses(
        prepare,
        { candidateId: assessedId },
        {
          candidateId: fc.oneof(badId, fc.constant(identifiedId)),
        },
        false,
      ));

    it('recordEmployerMeeting', () =>
      refuses(
        meet,
        { candidateId: preparedId, employerId, metOn: '2027-04-15' },
        {
          candidateId: fc.oneof(badId, fc.constant(identifiedId)),
          employerId: fc.oneof(badId, fc.constant(randomUUID())),
          metOn: badDate,
        },
      ));

    it('admitCandidate', () =>
      refuses(
        admit,
        { candidateId: metId, selectedByEmployerId: employerId, admittedOn: '2027-04-28' },
        {
          candidateId: fc.oneof(badId, fc.constant(preparedId)),
          selectedByEmployerId: fc.oneof(badId, fc.constant(randomUUID())),
          admittedOn: fc.oneof(badDate, fc.constant('2027-04-01')),
        },
      ));

    it('notAdmitCandidate', () =>
      refuses(
        notAdmit,
        { candidateId: metId, reasonCode: 'OTHER' },
        {
          candidateId: badId,
          reasonCode: badEnum,
        },
      ));

    it('declineInvitation', () =>
      refuses(
        decline,
        { candidateId: preparedId, invitation: 'EMPLOYER_MEETING' },
        {
          candidateId: fc.oneof(badId, fc.constant(identifiedId)),
          invitation: fc.oneof(badEnum, fc.constant('FINAL_SELECTION')),
        },
      ));

    it('setRecruitmentPlan', () =>
      refuses(
        setPlan,
        {
          trackId,
          method: 'STUDY_VISIT',
          activities: [
            { kind: 'STUDY_VISIT', plannedOn: '2027-04-06', description: 'Studiebesök' },
          ],
        },
        {
          trackId: badId,
          method: badEnum,
          activities: fc.oneof(
            badDate.map((plannedOn) => [
              { kind: 'STUDY_VISIT', plannedOn, description: 'Studiebesök' },
            ]),
            badText(500).map((description) => [
              { kind: 'STUDY_VISIT', plannedOn: '2027-04-06', description },
            ]),
            badEnum.map((kind) => [{ kind, plannedOn: '2027-04-06', description: 'Studiebesök' }]),
            fc.constant(
              Array.from({ length: 31 }, () => ({
                kind: 'OTHER',
                plannedOn: '2027-04-06',
                description: 'Träff',
              })),
            ),
          ),
        },
      ));

    it('draftRecruitmentMaterial', () =>
      refuses(
        draft,
        { trackId, adText: 'Vi söker lagermedarbetare.', requirements: 'Körkort.' },
        {
          trackId: badId,
          adText: badText(4000),
          requirements: badText(4000),
        },
      ));

    it('reviewRecruitmentMaterial', () =>
      refuses(
        review,
        { trackId, contentVersion: 1, outcome: 'CHANGES_NEEDED', notes: 'Skriv om.' },
        {
          trackId: badId,
          contentVersion: fc.oneof(
            hostileNumber().filter((n) => !(Number.isInteger(n) && n >= 1)),
            fc.integer({ min: 2, max: 1000 }),
          ),
          outcome: badEnum,
          notes: fc.oneof(badText(2000), fc.constant(null)),
        },
      ));

    it('publishRecruitmentMaterial', () =>
      refuses(publish, { trackId }, { trackId: fc.oneof(badId, fc.constant(trackId)) }, false));
  });
});
