import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';
import {
  assessmentFactors,
  consentPurposes,
  employmentForms,
  exitReasons,
  participantStatuses,
  retentionCheckMonths,
  retentionResults,
  subsidyKinds,
} from './participant-codes';

// Ids, codes, dates, amounts and statuses only: never a name, an identity number, contact details
// or the text of a note or assessment. The strict producer schemas make that hold.

export const participantRegisteredV1 = defineEvent(
  'participant.registered',
  1,
  topics.participants,
  {
    participantId: uuid,
    homeMunicipalityCode: municipalityCode,
    officeId,
    registeredAt: timestamp,
    registeredBy: uuid,
  },
);

/** Which fields changed, by name; the values stay in the participants service. */
export const participantUpdatedV1 = defineEvent('participant.updated', 1, topics.participants, {
  participantId: uuid,
  changedFields: z.array(z.string().regex(/^[a-zA-Z]{1,40}$/)).min(1),
  status: z.enum(participantStatuses),
  homeMunicipalityCode: municipalityCode,
  officeId,
  responsibleOfficerId: uuid.nullable(),
  updatedAt: timestamp,
  updatedBy: uuid,
});

export const participantConsentGivenV1 = defineEvent(
  'participant.consent-given',
  1,
  topics.participants,
  {
    participantId: uuid,
    consentId: uuid,
    purpose: z.enum(consentPurposes),
    municipalityCode,
    givenOn: isoDate,
    recordedBy: uuid,
  },
);

export const participantConsentWithdrawnV1 = defineEvent(
  'participant.consent-withdrawn',
  1,
  topics.participants,
  {
    participantId: uuid,
    consentId: uuid,
    purpose: z.enum(consentPurposes),
    municipalityCode,
    withdrawnOn: isoDate,
    recordedBy: uuid,
  },
);

/** That an assessment was made and which factors it covered; never what it found. */
export const participantAssessedV1 = defineEvent('participant.assessed', 1, topics.participants, {
  participantId: uuid,
  assessmentId: uuid,
  assessedOn: isoDate,
  assessedBy: uuid,
  factors: z.array(z.enum(assessmentFactors)).min(1),
});

export const participantEmployedV1 = defineEvent('participant.employed', 1, topics.participants, {
  participantId: uuid,
  outcomeId: uuid,
  employerId: uuid,
  form: z.enum(employmentForms),
  subsidyKind: z.enum(subsidyKinds).nullable(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  hoursPerWeek: z.number().positive().max(60),
  /** The job came through the officer's own employer contact (ackvirerat jobb). */
  acquired: z.boolean(),
  acquiredThroughContactId: uuid.nullable(),
  /** In work as DOMAIN.md counts it: not municipal labour-market employment, at least a month. */
  countsAsWork: z.boolean(),
  officeId,
  recordedBy: uuid,
});

export const participantRetentionCheckedV1 = defineEvent(
  'participant.retention-checked',
  1,
  topics.participants,
  {
    participantId: uuid,
    outcomeId: uuid,
    checkId: uuid,
    monthsAfterStart: z.union(retentionCheckMonths.map((months) => z.literal(months))),
    result: z.enum(retentionResults),
    checkedOn: isoDate,
    checkedBy: uuid,
  },
);

export const participantExitedV1 = defineEvent('participant.exited', 1, topics.participants, {
  participantId: uuid,
  exitedOn: isoDate,
  reason: z.enum(exitReasons),
  recordedBy: uuid,
});

/** Every service drops what personal detail it holds of this participant. */
export const participantErasedV1 = defineEvent('participant.erased', 1, topics.participants, {
  participantId: uuid,
  erasedAt: timestamp,
  erasedBy: uuid,
});

export const participantActivitySupportRecordedV1 = defineEvent(
  'participant.activity-support-recorded',
  1,
  topics.participants,
  {
    participantId: uuid,
    periodId: uuid,
    fromDate: isoDate,
    toDate: isoDate,
    /** Aktivitetsstöd in SEK per day, two decimals. */
    dailyAmount: z.number().nonnegative().max(10_000),
    recordedBy: uuid,
  },
);
