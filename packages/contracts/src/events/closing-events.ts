import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/);
const count = z.number().int().min(0);

/** A participant's result at the close of a track: codes only, never the person's details. */
export const trackParticipantResultRecordedV1 = defineEvent(
  'track.participant-result-recorded',
  1,
  topics.jobTracks,
  {
    trackId: uuid,
    participantId: uuid,
    outcome: z.enum(['EMPLOYED', 'OTHER_INTERVENTION', 'DISCONTINUED']),
    employmentForm: z.enum(['UNSUBSIDISED', 'SUBSIDISED', 'PREPARATORY']).nullable(),
    subsidyKind: code.nullable(),
    reasonCode: code.nullable(),
    recordedAt: timestamp,
    recordedBy: uuid,
  },
);

/** Grades and certificates were issued to a participant on a date. */
export const certificateRecordedV1 = defineEvent('certificate.recorded', 1, topics.jobTracks, {
  trackId: uuid,
  participantId: uuid,
  issuedOn: isoDate,
  recordedAt: timestamp,
  recordedBy: uuid,
});

/** A participant not hired goes on to recruitment for another track. */
export const participantHandedOverV1 = defineEvent('participant.handed-over', 1, topics.jobTracks, {
  trackId: uuid,
  participantId: uuid,
  targetTrackId: uuid,
  handedOverAt: timestamp,
  handedOverBy: uuid,
});

/** The joint evaluation, frozen: its counts and yes/no answers; the written answers stay in the service. */
export const evaluationPublishedV1 = defineEvent('evaluation.published', 1, topics.jobTracks, {
  trackId: uuid,
  participants: count,
  employed: count,
  employedUnsubsidised: count,
  employedSubsidised: count,
  employedPreparatory: count,
  otherIntervention: count,
  discontinued: count,
  notHiredReasons: z.array(z.object({ reasonCode: code, count })),
  continuedNeed: z.boolean(),
  newStarts: count,
  changeRecommended: z.boolean(),
  goodExample: z.boolean(),
  afApprovedBy: uuid,
  municipalApprovedBy: uuid,
  publishedAt: timestamp,
  publishedBy: uuid,
});

const adoptionLevel = z.enum(['NOT_STARTED', 'PARTIAL', 'FULL']);

/** An AF office joined the rollout of the Jobbnätet method, with its process leaders. */
export const rolloutOfficeJoinedV1 = defineEvent('rollout.office-joined', 1, topics.jobTracks, {
  officeId,
  joinedOn: isoDate,
  processLeaderIds: z.array(uuid),
  joinedAt: timestamp,
  joinedBy: uuid,
});

/** Support a process leader gave an office: a training session, materials or on-site coaching. */
export const rolloutSupportGivenV1 = defineEvent('rollout.support-given', 1, topics.jobTracks, {
  officeId,
  supportId: uuid,
  kind: z.enum(['TRAINING_SESSION', 'MATERIALS', 'ON_SITE_COACHING']),
  givenOn: isoDate,
  recordedAt: timestamp,
  recordedBy: uuid,
});

/** A dated assessment of how far an office uses the method; the evidence text stays in the service. */
export const officeAdoptionAssessedV1 = defineEvent(
  'office.adoption-assessed',
  1,
  topics.jobTracks,
  {
    officeId,
    assessmentId: uuid,
    level: adoptionLevel,
    assessedOn: isoDate,
    recordedAt: timestamp,
    recordedBy: uuid,
  },
);
