import { randomUUID } from 'node:crypto';
import type { ParticipantEvents, Subgraph } from '@jobbnatet/subgraph-testing';
import { expectEventually } from '@jobbnatet/testing';
import { employerId, must, officer } from './job-tracks';

const step = (name: string, input: string) =>
  `mutation S($input: ${input}!) { ${name}(input: $input) { id status } }`;

/** A participant the replica knows (Södertälje), taken from candidate to admitted on `trackId`. */
export async function admittedParticipant(
  subgraph: Subgraph,
  participants: ParticipantEvents,
  trackId: string,
): Promise<string> {
  const participantId = randomUUID();
  await participants.publish(participants.registered(participantId));
  await expectEventually(async () =>
    expect(
      await subgraph.sql('SELECT 1 FROM participant_reach WHERE participant_id = $1', [
        participantId,
      ]),
    ).toHaveLength(1),
  );
  const { id: candidateId } = await must<{ id: string }>(
    subgraph,
    officer,
    step('identifyCandidate', 'IdentifyCandidateInput'),
    { input: { trackId, participantId } },
  );
  await must(subgraph, officer, step('assessCandidatePrerequisites', 'AssessCandidateInput'), {
    input: { candidateId, assessmentId: randomUUID() },
  });
  await must(
    subgraph,
    officer,
    'mutation P($candidateId: ID!) { prepareCandidate(candidateId: $candidateId) { id } }',
    { candidateId },
  );
  await must(subgraph, officer, step('recordEmployerMeeting', 'RecordEmployerMeetingInput'), {
    input: { candidateId, employerId, metOn: '2027-04-15' },
  });
  await must(subgraph, officer, step('admitCandidate', 'AdmitCandidateInput'), {
    input: { candidateId, selectedByEmployerId: employerId, admittedOn: '2027-04-28' },
  });
  return participantId;
}
