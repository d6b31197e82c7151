import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

/** Why an enrolment ended before completion (avbrott). */
export const interruptionReasons = [
  'GOT_JOB',
  'OTHER_INTERVENTION',
  'ILLNESS',
  'MOVED',
  'PARTICIPANT_DECISION',
  'NO_SHOW',
  'OFFERING_CANCELLED',
  'OTHER',
] as const;

/** SEK, exactly as stored (2 decimals), so reporting can sum without floats. */
const amount = z.string().regex(/^\d{1,10}\.\d{2}$/);

// A participant's place on an offering: ids, codes, dates, amounts and statuses only.

export const enrolmentCreatedV1 = defineEvent('enrolment.created', 1, topics.activities, {
  enrolmentId: uuid,
  offeringId: uuid,
  participantId: uuid,
  typeCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
  providerId: uuid,
  /** Where the offering runs. */
  municipalityCode,
  /** The enrolling officer's office; null when a case worker or an admin enrolled. */
  officeId: officeId.nullable(),
  /** The enrolling case worker's municipality; null otherwise. */
  enrollingMunicipalityCode: municipalityCode.nullable(),
  plannedFrom: isoDate,
  plannedTo: isoDate,
  /** The offering's cost per participant when enrolled: what this place costs. */
  costPerParticipant: amount,
  createdAt: timestamp,
  createdBy: uuid,
});

export const enrolmentStartedV1 = defineEvent('enrolment.started', 1, topics.activities, {
  enrolmentId: uuid,
  offeringId: uuid,
  participantId: uuid,
  startedOn: isoDate,
  version: z.number().int().min(1),
  recordedAt: timestamp,
  recordedBy: uuid,
});

export const enrolmentInterruptedV1 = defineEvent('enrolment.interrupted', 1, topics.activities, {
  enrolmentId: uuid,
  offeringId: uuid,
  participantId: uuid,
  from: z.enum(['PLANNED', 'ONGOING']),
  reason: z.enum(interruptionReasons),
  interruptedOn: isoDate,
  version: z.number().int().min(1),
  recordedAt: timestamp,
  recordedBy: uuid,
});

export const enrolmentCompletedV1 = defineEvent('enrolment.completed', 1, topics.activities, {
  enrolmentId: uuid,
  offeringId: uuid,
  participantId: uuid,
  completedOn: isoDate,
  certificateIssued: z.boolean(),
  costPerParticipant: amount,
  version: z.number().int().min(1),
  recordedAt: timestamp,
  recordedBy: uuid,
});
