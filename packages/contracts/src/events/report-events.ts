import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a hex sha256');

/**
 * A frozen report snapshot was published: which scope and period, and the hashes of its files, so
 * a copy can be checked against the original. Aggregates only, and not even those: the figures stay
 * in the reporting service.
 */
export const reportPublishedV1 = defineEvent('report.published', 1, topics.reporting, {
  snapshotId: uuid,
  scope: z.enum(['REGION', 'OFFICE', 'MUNICIPALITY']),
  officeId: officeId.nullable(),
  municipalityCode: municipalityCode.nullable(),
  from: isoDate,
  to: isoDate,
  csvSha256: sha256,
  jsonSha256: sha256,
  publishedAt: timestamp,
  publishedBy: uuid,
});
