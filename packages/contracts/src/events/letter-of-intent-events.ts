import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

// Ids, codes, counts and dates only: never the steps' descriptions, an approver's reason or a name.

const status = z.enum(['DRAFT', 'APPROVED', 'FULFILLED', 'CANCELLED']);
const party = z.enum(['ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER', 'PARTICIPANT']);
const count = z.number().int().min(0).max(100);

/** What a version of a letter holds, in counts and dates. */
const versionFacts = {
  letterId: uuid,
  employerId: uuid,
  version: z.number().int().min(1),
  competenceNeedId: uuid.nullable(),
  jobTrackId: uuid.nullable(),
  internshipPlaces: count,
  interviews: count,
  intendedHires: count,
  stepCount: z.number().int().min(0),
  validFrom: isoDate,
  validUntil: isoDate,
  preparatoryEmployment: z.boolean(),
  municipalityCode,
  requiredParties: z.array(party).min(3),
};

export const letterOfIntentDraftedV1 = defineEvent(
  'letter-of-intent.drafted',
  1,
  topics.employers,
  { ...versionFacts, draftedAt: timestamp, draftedBy: uuid },
);

export const letterOfIntentChangedV1 = defineEvent(
  'letter-of-intent.changed',
  1,
  topics.employers,
  { ...versionFacts, changedAt: timestamp, changedBy: uuid },
);

/** One party approved one version; `onBehalfOfParticipant` when an officer recorded it. */
export const letterOfIntentApprovedV1 = defineEvent(
  'letter-of-intent.approved',
  1,
  topics.employers,
  {
    letterId: uuid,
    employerId: uuid,
    version: z.number().int().min(1),
    party,
    onBehalfOfParticipant: z.boolean(),
    approvalCount: z.number().int().min(1),
    requiredCount: z.number().int().min(3),
    approvedAt: timestamp,
    approvedBy: uuid,
  },
);

/** A change revoked the approvals of the earlier version. */
export const letterOfIntentApprovalsRevokedV1 = defineEvent(
  'letter-of-intent.approvals-revoked',
  1,
  topics.employers,
  {
    letterId: uuid,
    employerId: uuid,
    version: z.number().int().min(1),
    parties: z.array(party),
    revokedCount: z.number().int().min(0),
    revokedAt: timestamp,
  },
);

export const letterOfIntentFullyApprovedV1 = defineEvent(
  'letter-of-intent.fully-approved',
  1,
  topics.employers,
  {
    letterId: uuid,
    employerId: uuid,
    version: z.number().int().min(1),
    parties: z.array(party).min(3),
    approvedAt: timestamp,
  },
);

const closing = {
  letterId: uuid,
  employerId: uuid,
  version: z.number().int().min(1),
  previousStatus: status,
  at: timestamp,
  by: uuid,
};

export const letterOfIntentFulfilledV1 = defineEvent(
  'letter-of-intent.fulfilled',
  1,
  topics.employers,
  closing,
);

export const letterOfIntentCancelledV1 = defineEvent(
  'letter-of-intent.cancelled',
  1,
  topics.employers,
  closing,
);
