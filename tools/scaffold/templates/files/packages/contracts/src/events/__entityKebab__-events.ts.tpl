import { defineEvent } from '../event-definition';
import { officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

export const {{entityCamel}}CreatedV1 = defineEvent('{{eventType}}', 1, topics.{{serviceCamel}}, {
  {{entityCamel}}Id: uuid,
  officeId,
  createdAt: timestamp,
  createdBy: uuid,
});
