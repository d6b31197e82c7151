import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

const offeringStatus = z.enum(['PLANNED', 'OPEN', 'FULL', 'RUNNING', 'FINISHED', 'CANCELLED']);

/** A new offering in the catalogue: ids, codes, dates and amounts only (no place or free text). */
export const offeringCreatedV1 = defineEvent('offering.created', 1, topics.activities, {
  offeringId: uuid,
  typeCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
  providerId: uuid,
  officeIds: z.array(officeId),
  municipalityCode,
  fromDate: isoDate,
  toDate: isoDate,
  capacity: z.number().int().min(1).max(500),
  /** SEK, exactly as stored (2 decimals), so reporting can sum without floats. */
  costPerParticipant: z.string().regex(/^\d{1,10}\.\d{2}$/),
  occupationCodes: z.array(z.string().regex(/^\d{4}$/)),
  languageCode: z.string().regex(/^[a-z]{2}$/),
  status: offeringStatus,
  createdAt: timestamp,
  createdBy: uuid,
});

export const offeringStatusChangedV1 = defineEvent(
  'offering.status-changed',
  1,
  topics.activities,
  {
    offeringId: uuid,
    from: offeringStatus,
    to: offeringStatus,
    version: z.number().int().min(1),
    changedAt: timestamp,
    changedBy: uuid,
  },
);

/** An intervention type an admin added to the seeded ones (reference data; no free text). */
export const interventionTypeAddedV1 = defineEvent(
  'intervention-type.added',
  1,
  topics.activities,
  {
    typeCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/),
    category: z.enum(['PREPARATION', 'TRAINING', 'WORKPLACE', 'FOLLOW_UP']),
    defaultDurationDays: z.number().int().min(1).max(730),
    addedAt: timestamp,
    addedBy: uuid,
  },
);

/**
 * A provider registered. Neither name nor organisation number: a sole trader's organisation number
 * is their identity number.
 */
export const providerRegisteredV1 = defineEvent('provider.registered', 1, topics.activities, {
  providerId: uuid,
  kind: z.enum(['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'SUPPLIER']),
  municipalityCode: municipalityCode.nullable(),
  registeredAt: timestamp,
  registeredBy: uuid,
});
