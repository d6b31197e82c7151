import { randomUUID } from 'node:crypto';
import {
  candidateAdvancedV1,
  candidateIdentifiedV1,
  participantAdmittedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  trackCreatedV1,
  trackParticipantResultRecordedV1,
} from '@jobbnatet/contracts';
import type { TestEnvelope } from '@jobbnatet/testing';
import { testEnvelope as envelope } from './test-envelope';

const officer = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';

/**
 * A history as job-tracks and participants would publish it, for `persons` persons on tracks of
 * ten: each track created, its candidates identified, assessed, admitted and closed with a result
 * (some twice, the later one winning), most employed with a retention check; a few events twice.
 * Reporting's rebuild and crash tests feed it small; its rebuild benchmark feeds it 200 000 events.
 */
export function reportingHistory(persons: number): {
  jobTracks: TestEnvelope[];
  participants: TestEnvelope[];
  trackIds: string[];
  participantIds: string[];
  /** What `rowsOf(participantIds)` reads once every event is applied. */
  expectedRows: number;
} {
  const trackIds: string[] = [];
  const participantIds: string[] = [];
  let expectedRows = 0;
  const jobTracks: TestEnvelope[] = [];
  const participants: TestEnvelope[] = [];
  const employerId = randomUUID();
  let trackId = randomUUID();
  for (let n = 0; n < persons; n++) {
    if (n % 10 === 0) {
      trackId = randomUUID();
      trackIds.push(trackId);
      jobTracks.push(
        envelope(trackCreatedV1, trackId, {
          trackId,
          agreementId: randomUUID(),
          previousRoundId: null,
          round: 1,
          municipalityCodes: ['0181'],
          officeIds: ['af-sodertalje'],
          employerIds: [employerId],
          competenceNeedIds: [],
          competenceProfileId: null,
          providerIds: [],
          targetParticipants: 10,
          phase: 'PLANNING',
          plannedStart: '2026-01-01',
          plannedEnd: '2026-12-31',
          createdAt: '2026-01-01T08:00:00.000Z',
          createdBy: officer,
        }),
      );
    }
    const participantId = randomUUID();
    participantIds.push(participantId);
    // An admission and two statuses in each model's tables, a job with its check, a correction.
    expectedRows += 4 + (n % 5 < 3 ? 3 : 0) + (n % 4 === 0 ? 2 : 0);
    const candidateId = randomUUID();
    const identified = envelope(candidateIdentifiedV1, trackId, {
      candidateId,
      trackId,
      participantId,
      identifiedAt: '2026-01-05T09:00:00.000Z',
      identifiedBy: officer,
    });
    jobTracks.push(
      identified,
      envelope(candidateAdvancedV1, trackId, {
        candidateId,
        trackId,
        participantId,
        from: 'IDENTIFIED',
        to: 'PREREQUISITES_ASSESSED',
        assessmentId: null,
        employerId: null,
        on: null,
        version: 2,
        advancedAt: '2026-01-07T09:00:00.000Z',
        advancedBy: officer,
      }),
      envelope(participantAdmittedV1, trackId, {
        trackId,
        participantId,
        candidateId,
        officeIds: ['af-sodertalje'],
        municipalityCodes: ['0181'],
        admittedOn: '2026-01-10',
        selectedByEmployerId: employerId,
        admittedAt: '2026-01-10T09:00:00.000Z',
        admittedBy: officer,
      }),
    );
    if (n % 7 === 0) jobTracks.push(identified); // delivered twice: counts once
    const result = (outcome: 'EMPLOYED' | 'OTHER_INTERVENTION', recordedAt: string) =>
      envelope(trackParticipantResultRecordedV1, trackId, {
        trackId,
        participantId,
        outcome,
        employmentForm: outcome === 'EMPLOYED' ? 'UNSUBSIDISED' : null,
        subsidyKind: null,
        reasonCode: null,
        recordedAt,
        recordedBy: officer,
      });
    const employed = n % 5 < 3;
    jobTracks.push(
      result(employed ? 'EMPLOYED' : 'OTHER_INTERVENTION', '2026-06-01T09:00:00.000Z'),
    );
    if (n % 4 === 0) jobTracks.push(result('EMPLOYED', '2026-07-01T09:00:00.000Z')); // corrected later
    if (employed) {
      const outcomeId = randomUUID();
      participants.push(
        envelope(participantEmployedV1, participantId, {
          participantId,
          outcomeId,
          employerId,
          form: n % 3 === 0 ? 'SUBSIDISED' : 'UNSUBSIDISED_PERMANENT',
          subsidyKind: n % 3 === 0 ? 'NYSTARTSJOBB' : null,
          startDate: '2026-03-01',
          endDate: null,
          hoursPerWeek: 40,
          acquired: n % 2 === 0,
          acquiredThroughContactId: null,
          countsAsWork: true,
          officeId: 'af-sodertalje',
          recordedBy: officer,
        }),
        envelope(participantRetentionCheckedV1, participantId, {
          participantId,
          outcomeId,
          checkId: randomUUID(),
          monthsAfterStart: 3,
          result: n % 6 === 0 ? 'NOT_EMPLOYED' : 'STILL_EMPLOYED',
          checkedOn: '2026-06-01',
          checkedBy: officer,
        }),
      );
    }
  }
  return { jobTracks, participants, trackIds, participantIds, expectedRows };
}
