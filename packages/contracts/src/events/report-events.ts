import { defineEvent } from '../event-definition';
import { officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

export const reportCreatedV1 = defineEvent('report.created', 1, topics.reporting, {
  reportId: uuid,
  officeId,
  createdAt: timestamp,
  createdBy: uuid,
});
