import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

// The officers' employer work: ids, codes, dates and counts only. Never the summary of a contact
// or the comment of a feedback (they may name people), never a name or an organisation number.

export const employerContactKinds = ['VISIT', 'CALL', 'MEETING', 'EMAIL'] as const;
export const employerContactOutcomes = [
  'NO_NEED',
  'NEED_IDENTIFIED',
  'VACANCY_ACQUIRED',
  'FOLLOW_UP_PLANNED',
  'OTHER',
] as const;
export const employerFeedbackContexts = ['INTERNSHIP', 'WORKPLACE_TRAINING', 'EMPLOYMENT'] as const;
export const employerSupportNeeds = [
  'MENTORING',
  'LANGUAGE',
  'ADAPTATION',
  'ADMINISTRATION',
  'OTHER',
] as const;

/** An officer's visit, call, meeting or e-mail with an employer (arbetsgivarkontakt). */
export const employerContactLoggedV1 = defineEvent('employer-contact.logged', 1, topics.employers, {
  contactId: uuid,
  employerId: uuid,
  kind: z.enum(employerContactKinds),
  outcome: z.enum(employerContactOutcomes),
  occurredOn: isoDate,
  officeId,
  loggedBy: uuid,
  loggedAt: timestamp,
});

/** A vacancy that came from an officer's own employer contact (ackvirerad plats). */
export const vacancyAcquiredV1 = defineEvent('vacancy.acquired', 1, topics.employers, {
  vacancyId: uuid,
  employerId: uuid,
  contactId: uuid,
  occupationCode: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  positions: z.number().int().min(1).max(100),
  acquiredOn: isoDate,
  officeId,
  recordedBy: uuid,
});

/** One position of an acquired vacancy went to a participant. */
export const vacancyFilledV1 = defineEvent('vacancy.filled', 1, topics.employers, {
  fillId: uuid,
  vacancyId: uuid,
  employerId: uuid,
  contactId: uuid,
  participantId: uuid,
  filledOn: isoDate,
  recordedBy: uuid,
});

/** The employer's experience (1–5) and support needs at a follow-up. */
export const employerFeedbackRecordedV1 = defineEvent(
  'employer-feedback.recorded',
  1,
  topics.employers,
  {
    feedbackId: uuid,
    employerId: uuid,
    participantId: uuid.nullable(),
    context: z.enum(employerFeedbackContexts),
    experience: z.number().int().min(1).max(5),
    supportNeeds: z.array(z.enum(employerSupportNeeds)),
    recordedBy: uuid,
  },
);
