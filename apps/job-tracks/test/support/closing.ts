import type { Subgraph } from '@jobbnatet/subgraph-testing';
import {
  advanceMutation,
  caseWorker,
  completePhase,
  createTrack,
  must,
  officer,
} from './job-tracks';

export const resultMutation = `mutation R($input: RecordParticipantResultInput!) {
  recordParticipantResult(input: $input) {
    trackId participantId outcome employmentForm subsidyKind reasonCode recordedAt recordedBy
  }
}`;
export const certificateMutation = `mutation C($input: RecordCertificateInput!) {
  recordCertificate(input: $input) { trackId participantId issuedOn recordedBy }
}`;
export const handOverMutation = `mutation H($input: HandOverParticipantInput!) {
  handOverParticipant(input: $input) { trackId participantId targetTrackId handedOverBy }
}`;
const evaluationFields = `trackId status draftVersion
  counts { participants employed employedUnsubsidised employedSubsidised employedPreparatory
    otherIntervention discontinued notHiredReasons { reasonCode count } }
  resultsExplanation trainingMatchedParticipantNeeds trainingMatchedEmployerExpectations
  trainingComment phaseReviews { phase rating comment } continuedNeed newStarts
  continuedNeedComment changeRecommended changeDescription goodExample goodExampleMotivation
  afApproval { userId } municipalApproval { userId } publishedAt publishedBy`;
export const draftMutation = `mutation D($input: EvaluationDraftInput!) {
  saveEvaluationDraft(input: $input) { ${evaluationFields} }
}`;
export const approveMutation = `mutation Ap($trackId: ID!) {
  approveEvaluation(trackId: $trackId) { ${evaluationFields} }
}`;
export const publishMutation = `mutation P($trackId: ID!) {
  publishEvaluation(trackId: $trackId) { ${evaluationFields} }
}`;
export const closingQuery = `query Closing($id: ID!) {
  jobTrack(id: $id) {
    id phase
    participantResults { participantId outcome employmentForm reasonCode }
    certificates { participantId issuedOn }
    handOvers { participantId targetTrackId }
    handOversIn { trackId participantId }
    evaluation { ${evaluationFields} }
  }
}`;

/** A complete evaluation draft for `trackId`. */
export const aDraft = (trackId: string) => ({
  trackId,
  resultsExplanation: 'De flesta anställdes efter APL; två behöver mer svenska.',
  trainingMatchedParticipantNeeds: 'YES',
  trainingMatchedEmployerExpectations: 'PARTLY',
  trainingComment: 'Truckkort borde ha kommit tidigare.',
  phaseReviews: ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING'].map((phase) => ({
    phase,
    rating: 'WORKED_WELL',
    comment: 'Tät samverkan i det operativa teamet.',
  })),
  continuedNeed: true,
  newStarts: 10,
  continuedNeedComment: 'Arbetsgivaren vill starta en ny omgång i höst.',
  changeRecommended: false,
  changeDescription: null,
  goodExample: true,
  goodExampleMotivation: 'Hög andel i arbete och nöjd arbetsgivare.',
});

/** A new track of Södertälje's officer, moved through its checklists to CLOSING. */
export async function trackInClosing(subgraph: Subgraph, agreementId: string): Promise<string> {
  const { id } = await createTrack(subgraph, agreementId);
  for (const phase of ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION']) {
    await completePhase(subgraph, id, phase);
    await must(subgraph, officer, advanceMutation, { trackId: id });
  }
  return id;
}

/** What closing and the rollout could leave behind: a count a refused command must not move. */
export async function closingTraces(subgraph: Subgraph): Promise<number> {
  const [row] = await subgraph.sql<{ n: string }>(
    `SELECT (SELECT count(*) FROM participant_result) + (SELECT count(*) FROM certificate_record)
       + (SELECT count(*) FROM participant_hand_over)
       + (SELECT coalesce(sum(draft_version), 0) FROM track_evaluation)
       + (SELECT count(*) FROM track_evaluation WHERE af_approved_by IS NOT NULL OR municipal_approved_by IS NOT NULL)
       + (SELECT count(*) FROM track_evaluation WHERE published_at IS NOT NULL)
       + (SELECT count(*) FROM rollout_office) + (SELECT count(*) FROM rollout_support)
       + (SELECT count(*) FROM adoption_assessment)
       + (SELECT coalesce(sum(version), 0) FROM job_track)
       + (SELECT coalesce(sum(last_sequence), 0) FROM outbox_subject_sequence) AS n`,
  );
  return Number(row!.n);
}

/** Saves a complete draft, has both parties approve it and publishes it. */
export async function publishedEvaluation(
  subgraph: Subgraph,
  trackId: string,
  goodExample = true,
): Promise<void> {
  const draft = { ...aDraft(trackId), goodExample };
  await must(subgraph, officer, draftMutation, { input: draft });
  await must(subgraph, officer, approveMutation, { trackId });
  await must(subgraph, caseWorker, approveMutation, { trackId });
  await must(subgraph, officer, publishMutation, { trackId });
}
