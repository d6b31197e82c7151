import { defineEvent } from '../event-definition';
import { officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

export const trackCreatedV1 = defineEvent('track.created', 1, topics.jobTracks, {
  trackId: uuid,
  officeId,
  createdAt: timestamp,
  createdBy: uuid,
});
