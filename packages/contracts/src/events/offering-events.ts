import { defineEvent } from '../event-definition';
import { officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

export const offeringCreatedV1 = defineEvent('offering.created', 1, topics.activities, {
  offeringId: uuid,
  officeId,
  createdAt: timestamp,
  createdBy: uuid,
});
