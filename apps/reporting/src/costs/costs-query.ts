import { admissionCohortCtes } from '../aggregates/admission-scope';
import type { AdmissionCosts } from './cost-figures';
import { toOre } from './cost-window';

/**
 * One row per admission in the cohort with the support periods and enrolments of the participant
 * that may fall in its window (`$window` months, a superset: the exact clipping is
 * `admissionWindow`'s). `cohort` is the WHERE condition on `a` (outcome_admission).
 */
export function admissionCostsSql(cohort: string, windowParam: string): string {
  const windowEnd = `c.admitted_on + make_interval(months => ${windowParam}::int, days => 1)`;
  return `
    WITH ${admissionCohortCtes(cohort)}
    SELECT to_char(c.admitted_on, 'YYYY-MM-DD') AS admitted_on,
      to_char(c.next_admitted_on, 'YYYY-MM-DD') AS next_admitted_on,
      (SELECT coalesce(json_agg(json_build_object('fromDate', to_char(s.from_date, 'YYYY-MM-DD'),
          'toDate', to_char(s.to_date, 'YYYY-MM-DD'), 'daily', s.daily_amount::text)), '[]')
       FROM cost_activity_support s WHERE s.participant_id = c.participant_id
        AND s.to_date >= c.admitted_on AND s.from_date < ${windowEnd}) AS support,
      (SELECT coalesce(json_agg(json_build_object(
          'plannedFrom', to_char(e.planned_from, 'YYYY-MM-DD'), 'cost', e.cost::text,
          'startedOn', to_char(e.started_on, 'YYYY-MM-DD'), 'interruptedFrom', e.interrupted_from,
          'completedCost', e.completed_cost::text)), '[]')
       FROM cost_enrolment e WHERE e.participant_id = c.participant_id
        AND coalesce(e.started_on, e.planned_from) >= c.admitted_on
        AND coalesce(e.started_on, e.planned_from) < ${windowEnd}) AS enrolments
    FROM cohort c`;
}

export interface AdmissionCostsRow {
  admitted_on: string;
  next_admitted_on: string | null;
  support: { fromDate: string; toDate: string; daily: string }[];
  enrolments: {
    plannedFrom: string | null;
    cost: string | null;
    startedOn: string | null;
    interruptedFrom: 'PLANNED' | 'ONGOING' | null;
    completedCost: string | null;
  }[];
}

export function toAdmissionCosts(row: AdmissionCostsRow): AdmissionCosts {
  return {
    admittedOn: row.admitted_on,
    nextAdmittedOn: row.next_admitted_on,
    support: row.support.map((s) => ({
      fromDate: s.fromDate,
      toDate: s.toDate,
      dailyOre: toOre(s.daily),
    })),
    enrolments: row.enrolments.map((e) => ({
      plannedFrom: e.plannedFrom,
      costOre: e.cost === null ? null : toOre(e.cost),
      startedOn: e.startedOn,
      interruptedFrom: e.interruptedFrom,
      completedCostOre: e.completedCost === null ? null : toOre(e.completedCost),
    })),
  };
}
