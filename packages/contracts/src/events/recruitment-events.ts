import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

// Recruitment of a job track (issue 16): ids, codes, dates and statuses only. The ad text, the
// requirements, a review's notes and activity descriptions stay in the job-tracks service.

const recruitmentMethod = z.enum([
  'JOINT_INFORMATION_MEETING',
  'EMPLOYER_RECRUITMENT_DAY',
  'MATCHING_FROM_REGISTER',
  'STUDY_VISIT',
  'OTHER',
]);
const candidateStatus = z.enum([
  'IDENTIFIED',
  'PREREQUISITES_ASSESSED',
  'PREPARED',
  'MET_EMPLOYER',
  'ADMITTED',
  'NOT_ADMITTED',
]);

/** The track's recruitment plan was set: the method and the planned dates of its activities. */
export const recruitmentPlanSetV1 = defineEvent('recruitment-plan.set', 1, topics.jobTracks, {
  trackId: uuid,
  method: recruitmentMethod,
  activities: z.array(z.object({ kind: recruitmentMethod, plannedOn: isoDate }).strict()),
  version: z.number().int().min(1),
  setAt: timestamp,
  setBy: uuid,
});

/** A gender-equality review of the material's current content (its notes stay in the service). */
export const recruitmentMaterialReviewedV1 = defineEvent(
  'recruitment-material.reviewed',
  1,
  topics.jobTracks,
  {
    trackId: uuid,
    contentVersion: z.number().int().min(1),
    outcome: z.enum(['APPROVED', 'CHANGES_NEEDED']),
    reviewedAt: timestamp,
    reviewedBy: uuid,
  },
);

export const recruitmentMaterialPublishedV1 = defineEvent(
  'recruitment-material.published',
  1,
  topics.jobTracks,
  {
    trackId: uuid,
    contentVersion: z.number().int().min(1),
    publishedAt: timestamp,
    publishedBy: uuid,
  },
);

/** A participant identified as a prospective participant of a track. */
export const candidateIdentifiedV1 = defineEvent('candidate.identified', 1, topics.jobTracks, {
  candidateId: uuid,
  trackId: uuid,
  participantId: uuid,
  identifiedAt: timestamp,
  identifiedBy: uuid,
});

/** One step of the pipeline; `assessmentId` and `employerId` name what the step rests on. */
export const candidateAdvancedV1 = defineEvent('candidate.advanced', 1, topics.jobTracks, {
  candidateId: uuid,
  trackId: uuid,
  participantId: uuid,
  from: candidateStatus,
  to: candidateStatus,
  assessmentId: uuid.nullable(),
  employerId: uuid.nullable(),
  on: isoDate.nullable(),
  version: z.number().int().min(1),
  advancedAt: timestamp,
  advancedBy: uuid,
});

export const candidateNotAdmittedV1 = defineEvent('candidate.not-admitted', 1, topics.jobTracks, {
  candidateId: uuid,
  trackId: uuid,
  participantId: uuid,
  from: candidateStatus,
  reasonCode: z.enum([
    'PREREQUISITES_NOT_MET',
    'NOT_SELECTED_BY_EMPLOYER',
    'OTHER_INTERVENTION_BETTER',
    'TRACK_FULL',
    'OTHER',
  ]),
  version: z.number().int().min(1),
  decidedAt: timestamp,
  decidedBy: uuid,
});

/**
 * A candidate declined an invitation (the first employer meeting or the final selection), which is
 * voluntary: no participant id, no reason, no status change travels with it.
 */
export const candidateInvitationDeclinedV1 = defineEvent(
  'candidate.invitation-declined',
  1,
  topics.jobTracks,
  {
    candidateId: uuid,
    trackId: uuid,
    invitation: z.enum(['EMPLOYER_MEETING', 'FINAL_SELECTION']),
    recordedAt: timestamp,
  },
);

/** A candidate admitted: now a participant of the track, selected by one of its employers. */
export const participantAdmittedV1 = defineEvent('participant.admitted', 1, topics.jobTracks, {
  trackId: uuid,
  participantId: uuid,
  candidateId: uuid,
  officeIds: z.array(officeId).min(1),
  municipalityCodes: z.array(municipalityCode).min(1),
  admittedOn: isoDate,
  selectedByEmployerId: uuid,
  admittedAt: timestamp,
  admittedBy: uuid,
});
