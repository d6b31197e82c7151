import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

// Ids and codes only: never an organisation number (a sole trader's is a personnummer), a name of
// a contact person, a phone number or an e-mail address.

export const employerRegisteredV1 = defineEvent('employer.registered', 1, topics.employers, {
  employerId: uuid,
  sniCode: z.string().regex(/^\d{5}$/),
  sizeBand: z.enum(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']),
  officeIds: z.array(officeId).min(1),
  registeredAt: timestamp,
  registeredBy: uuid,
});

/** A workplace or contact person added, or the offices changed: what changed, by name. */
export const employerUpdatedV1 = defineEvent('employer.updated', 1, topics.employers, {
  employerId: uuid,
  changedFields: z.array(z.string().regex(/^[a-zA-Z]{1,40}$/)).min(1),
  officeIds: z.array(officeId).min(1),
  updatedAt: timestamp,
  updatedBy: uuid,
});
