import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

/** The planned chain of a job track, its templates, adaptations and follow-ups: ids, codes, dates. */
const typeCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/);
const templateCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/);
const responsible = z.enum(['AF', 'MUNICIPALITY', 'PROVIDER', 'EMPLOYER']);
const week = z.number().int().min(-52).max(156);

/** Where a step sits and what it is; dates are given either as days or as weeks of implementation. */
const stepShape = {
  trackId: uuid,
  stepId: uuid,
  position: z.number().int().min(1),
  interventionTypeCode: typeCode,
  offeringId: uuid.nullable(),
  responsible,
  parallelWithPrevious: z.boolean(),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  startWeek: week.nullable(),
  endWeek: week.nullable(),
  letterOfIntentId: uuid.nullable(),
};

export const chainStepAddedV1 = defineEvent('chain.step-added', 1, topics.jobTracks, {
  ...stepShape,
  addedAt: timestamp,
  addedBy: uuid,
});

/** A step changed or moved; `position` is where it is now. */
export const chainStepChangedV1 = defineEvent('chain.step-changed', 1, topics.jobTracks, {
  ...stepShape,
  changedAt: timestamp,
  changedBy: uuid,
});

export const chainStepRemovedV1 = defineEvent('chain.step-removed', 1, topics.jobTracks, {
  trackId: uuid,
  stepId: uuid,
  removedAt: timestamp,
  removedBy: uuid,
});

/** A method template gave an empty track its chain (these step ids) and follow-up schedule. */
export const templateAppliedV1 = defineEvent('template.applied', 1, topics.jobTracks, {
  trackId: uuid,
  templateCode,
  stepIds: z.array(uuid),
  followUpEveryDays: z.number().int().min(1).max(365).nullable(),
  appliedAt: timestamp,
  appliedBy: uuid,
});

/** One participant's chain deviates from the plan; the reason stays in the service. */
export const chainAdaptedV1 = defineEvent('chain.adapted', 1, topics.jobTracks, {
  trackId: uuid,
  adaptationId: uuid,
  participantId: uuid,
  kind: z.enum(['ADD', 'REMOVE', 'SHORTEN']),
  stepId: uuid.nullable(),
  interventionTypeCode: typeCode.nullable(),
  offeringId: uuid.nullable(),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  adaptedAt: timestamp,
  adaptedBy: uuid,
});

/** A follow-up meeting held: its codes and who it concerned; notes and comments stay in the service. */
export const followUpRecordedV1 = defineEvent('follow-up.recorded', 1, topics.jobTracks, {
  trackId: uuid,
  followUpId: uuid,
  dueDate: isoDate.nullable(),
  heldOn: isoDate,
  quality: z.enum(['WORKING_WELL', 'NEEDS_ATTENTION', 'NOT_WORKING']),
  transitions: z.enum(['SMOOTH', 'DELAYED', 'GAPS']),
  participantIds: z.array(uuid),
  employerIds: z.array(uuid),
  recordedAt: timestamp,
  recordedBy: uuid,
});

/** An adjustment of support, interventions or timeline; its reason stays in the service. */
export const adjustmentMadeV1 = defineEvent('adjustment.made', 1, topics.jobTracks, {
  trackId: uuid,
  adjustmentId: uuid,
  followUpId: uuid.nullable(),
  area: z.enum(['SUPPORT', 'INTERVENTIONS', 'TIMELINE']),
  stepId: uuid.nullable(),
  madeAt: timestamp,
  madeBy: uuid,
});
