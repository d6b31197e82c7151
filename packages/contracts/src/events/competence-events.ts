import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

// Ids, codes, dates and counts only: never the skills, certificates or competences as typed (free
// text), never a name of the employer or of anyone at it.

const ssykCode = z.string().regex(/^\d{4}$/, 'an SSYK 2012 level-4 code');
const needStatus = z.enum(['OPEN', 'BEING_MET', 'MET', 'WITHDRAWN']);
const languageRequirement = z.object({
  code: z.string().regex(/^[a-z]{2}$/),
  level: z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']),
});
const count = z.number().int().min(0);

/** A competence need (kompetensbehov) recorded for an employer, OPEN. */
export const competenceNeedRecordedV1 = defineEvent(
  'competence-need.recorded',
  1,
  topics.employers,
  {
    needId: uuid,
    employerId: uuid,
    officeIds: z.array(officeId).min(1),
    occupationCode: ssykCode,
    headcount: z.number().int().min(1).max(500),
    neededFrom: isoDate,
    neededUntil: isoDate.nullable(),
    languages: z.array(languageRequirement),
    licences: z.array(z.string().regex(/^[A-Z0-9]{1,3}$/)),
    skillCount: count,
    certificateCount: count,
    recordedAt: timestamp,
    recordedBy: uuid,
  },
);

export const competenceNeedStatusChangedV1 = defineEvent(
  'competence-need.status-changed',
  1,
  topics.employers,
  {
    needId: uuid,
    employerId: uuid,
    officeIds: z.array(officeId).min(1),
    from: needStatus,
    to: needStatus,
    changedAt: timestamp,
    changedBy: uuid,
  },
);

const profileData = {
  profileId: uuid,
  needId: uuid,
  employerId: uuid,
  officeIds: z.array(officeId).min(1),
  version: z.number().int().min(1),
  occupationCode: ssykCode,
  competenceCount: count,
  requiredCount: count,
  taxonomyConceptIds: z.array(z.string().regex(/^[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}$/)),
  languages: z.array(languageRequirement),
  at: timestamp,
  by: uuid,
};

/** Version 1 of a competence profile (kompetensprofil), agreed with the employer for a need. */
export const competenceProfileAgreedV1 = defineEvent(
  'competence-profile.agreed',
  1,
  topics.employers,
  profileData,
);

/** A new version of a profile; the earlier ones stay. */
export const competenceProfileRevisedV1 = defineEvent(
  'competence-profile.revised',
  1,
  topics.employers,
  profileData,
);
