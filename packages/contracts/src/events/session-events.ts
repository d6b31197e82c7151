import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { timestamp, uuid } from '../scalars';
import { topics } from '../topics';

/**
 * An offering's schedule. Ids, codes, times and statuses only: the room and the leader are free
 * text (a leader is a person), so they stay in the activities service.
 */
const sessionKind = z.enum([
  'INDIVIDUAL_TASKS',
  'GROUP_MEETING',
  'LECTURE',
  'JOB_SEARCH',
  'WORKPLACE',
  'TRAINING',
  'FOLLOW_UP_MEETING',
]);
const cancellationReason = z.enum([
  'LEADER_UNAVAILABLE',
  'ROOM_UNAVAILABLE',
  'TOO_FEW_PARTICIPANTS',
  'PUBLIC_HOLIDAY',
  'REPLANNED',
  'OTHER',
]);
const version = z.number().int().min(1);

export const sessionScheduledV1 = defineEvent('session.scheduled', 1, topics.activities, {
  sessionId: uuid,
  offeringId: uuid,
  kind: sessionKind,
  startsAt: timestamp,
  endsAt: timestamp,
  status: z.literal('SCHEDULED'),
  version,
  scheduledAt: timestamp,
  scheduledBy: uuid,
});

export const sessionRescheduledV1 = defineEvent('session.rescheduled', 1, topics.activities, {
  sessionId: uuid,
  offeringId: uuid,
  kind: sessionKind,
  startsAt: timestamp,
  endsAt: timestamp,
  previousStartsAt: timestamp,
  previousEndsAt: timestamp,
  status: z.literal('SCHEDULED'),
  version,
  rescheduledAt: timestamp,
  rescheduledBy: uuid,
});

export const sessionCancelledV1 = defineEvent('session.cancelled', 1, topics.activities, {
  sessionId: uuid,
  offeringId: uuid,
  kind: sessionKind,
  startsAt: timestamp,
  endsAt: timestamp,
  status: z.literal('CANCELLED'),
  reason: cancellationReason,
  version,
  cancelledAt: timestamp,
  cancelledBy: uuid,
});
