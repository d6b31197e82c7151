import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

/** The phases of a job track (DOMAIN.md), with its two ends. */
const trackPhase = z.enum([
  'PLANNING',
  'RECRUITMENT',
  'IMPLEMENTATION',
  'CLOSING',
  'CLOSED',
  'CANCELLED',
]);
const agreementStatus = z.enum(['DRAFT', 'ACTIVE', 'ENDED']);
const checklistItemCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/);

/** A collaboration agreement drafted between AF offices and a municipality: ids, codes and dates. */
export const agreementCreatedV1 = defineEvent('agreement.created', 1, topics.jobTracks, {
  agreementId: uuid,
  municipalityCode,
  officeIds: z.array(officeId),
  validFrom: isoDate,
  validTo: isoDate,
  status: agreementStatus,
  createdAt: timestamp,
  createdBy: uuid,
});

export const agreementActivatedV1 = defineEvent('agreement.activated', 1, topics.jobTracks, {
  agreementId: uuid,
  municipalityCode,
  validFrom: isoDate,
  validTo: isoDate,
  activatedAt: timestamp,
  activatedBy: uuid,
});

export const agreementEndedV1 = defineEvent('agreement.ended', 1, topics.jobTracks, {
  agreementId: uuid,
  from: agreementStatus,
  endedAt: timestamp,
  endedBy: uuid,
});

/** A new track (or a new round of one): ids, codes, counts and planned dates; never its name. */
export const trackCreatedV1 = defineEvent('track.created', 1, topics.jobTracks, {
  trackId: uuid,
  agreementId: uuid,
  previousRoundId: uuid.nullable(),
  round: z.number().int().min(1),
  municipalityCodes: z.array(municipalityCode),
  officeIds: z.array(officeId),
  employerIds: z.array(uuid),
  competenceNeedIds: z.array(uuid),
  competenceProfileId: uuid.nullable(),
  providerIds: z.array(uuid),
  targetParticipants: z.number().int().min(1),
  phase: trackPhase,
  plannedStart: isoDate,
  plannedEnd: isoDate,
  createdAt: timestamp,
  createdBy: uuid,
});

export const trackPhaseChangedV1 = defineEvent('track.phase-changed', 1, topics.jobTracks, {
  trackId: uuid,
  from: trackPhase,
  to: trackPhase,
  version: z.number().int().min(1),
  changedAt: timestamp,
  changedBy: uuid,
});

/** A checklist item's state changed or it was waived; the waiver's reason stays in the service. */
export const checklistItemUpdatedV1 = defineEvent('checklist.item-updated', 1, topics.jobTracks, {
  trackId: uuid,
  phase: trackPhase,
  itemCode: checklistItemCode,
  state: z.enum(['NOT_DONE', 'DONE', 'NOT_APPLICABLE']),
  waived: z.boolean(),
  updatedAt: timestamp,
  updatedBy: uuid,
});

/** Cancelled with a reason code; the written explanation stays in the service. */
export const trackCancelledV1 = defineEvent('track.cancelled', 1, topics.jobTracks, {
  trackId: uuid,
  phase: trackPhase,
  reasonCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
  cancelledAt: timestamp,
  cancelledBy: uuid,
});

export const trackClosedV1 = defineEvent('track.closed', 1, topics.jobTracks, {
  trackId: uuid,
  round: z.number().int().min(1),
  closedAt: timestamp,
  closedBy: uuid,
});
