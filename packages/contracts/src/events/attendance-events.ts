import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

/** Whether a participant attended a session (närvaro, giltig frånvaro, ogiltig frånvaro). */
export const attendanceStatuses = [
  'PRESENT',
  'ABSENT_VALID_REASON',
  'ABSENT_NO_VALID_REASON',
] as const;

/** Why a participant was absent: a code, never the participant's own words. */
export const absenceReasons = [
  'ILLNESS',
  'CARE_OF_SICK_CHILD',
  'JOB_INTERVIEW',
  'WORK',
  'OTHER',
] as const;

/**
 * One participant's attendance at one session, published at every recording (a correction
 * publishes again with the next version). Key = enrolment id, so an enrolment's attendance and
 * its status changes arrive in order. Ids, codes, dates and statuses only.
 */
export const attendanceRecordedV1 = defineEvent('attendance.recorded', 1, topics.activities, {
  sessionId: uuid,
  offeringId: uuid,
  enrolmentId: uuid,
  participantId: uuid,
  status: z.enum(attendanceStatuses),
  /** Set for ABSENT_VALID_REASON, optional for ABSENT_NO_VALID_REASON, null for PRESENT. */
  absenceReason: z.enum(absenceReasons).nullable(),
  /** The session's day in Swedish time. */
  sessionDate: isoDate,
  version: z.number().int().min(1),
  recordedAt: timestamp,
  recordedBy: uuid,
});
