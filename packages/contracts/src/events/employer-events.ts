import { defineEvent } from '../event-definition';
import { officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

export const employerCreatedV1 = defineEvent('employer.created', 1, topics.employers, {
  employerId: uuid,
  officeId,
  createdAt: timestamp,
  createdBy: uuid,
});
