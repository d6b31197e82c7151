import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDate, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

/** SEK with two decimals, as a string, so that no consumer sums floats. */
const amount = z.string().regex(/^\d{1,10}\.\d{2}$/);

/**
 * An analyst entered (or replaced) a control group's baseline: aggregates of a group outside the
 * platform, per county, admission period and measurement window. No person in it, only the
 * group's size and per-person costs. The subject is the baseline id, stable across replacements.
 */
export const controlBaselineSetV1 = defineEvent('control-baseline.set', 1, topics.reporting, {
  baselineId: uuid,
  /** The county (län), two digits: `01` is Stockholms län. */
  countyCode: z.string().regex(/^\d{2}$/),
  /** The admissions the control group describes: from and to, both included. */
  periodFrom: isoDate,
  periodTo: isoDate,
  /** Months from each admission over which the costs were measured. */
  windowMonths: z.number().int().min(1).max(60),
  activitySupportPerPerson: amount,
  interventionPerPerson: amount.nullable(),
  groupSize: z.number().int().min(1),
  /** 1 on first entry, +1 on each replacement. */
  version: z.number().int().min(1),
  setAt: timestamp,
  setBy: uuid,
});
