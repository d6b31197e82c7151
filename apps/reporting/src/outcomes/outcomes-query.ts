import { admissionCohortCtes } from '../aggregates/admission-scope';
import type { PersonOutcome } from './outcome-figures';

/**
 * One row per admission in the cohort: the counted jobs attributed to it (starting on or after the
 * admission and before the participant's next admission), its closing result and retention checks.
 * `$cohort` is the WHERE condition on `a` (outcome_admission) the caller's scope and filter make.
 */
export function personOutcomesSql(cohort: string): string {
  return `
    WITH ${admissionCohortCtes(cohort)},
    job AS (
      SELECT c.track_id, c.participant_id, e.outcome_id, e.start_date, e.acquired, e.subsidy_kind,
             CASE WHEN e.form LIKE 'UNSUBSIDISED%' THEN 'UNSUBSIDISED' ELSE e.form END AS form,
             e.start_date - c.admitted_on AS days
      FROM cohort c JOIN outcome_employment e ON e.participant_id = c.participant_id
       AND e.counts_as_work AND e.start_date >= c.admitted_on
       AND (c.next_admitted_on IS NULL OR e.start_date < c.next_admitted_on)
    ),
    latest_check AS (
      SELECT DISTINCT ON (r.outcome_id, r.months_after_start) r.outcome_id, r.months_after_start,
             r.result
      FROM outcome_retention_check r ORDER BY r.outcome_id, r.months_after_start, r.checked_on DESC
    )
    SELECT
      (SELECT j.form FROM job j WHERE j.track_id = c.track_id AND j.participant_id = c.participant_id
        ORDER BY array_position(ARRAY['UNSUBSIDISED','SUBSIDISED','PREPARATORY'], j.form), j.start_date
        LIMIT 1) AS form,
      (SELECT j.subsidy_kind FROM job j WHERE j.track_id = c.track_id
        AND j.participant_id = c.participant_id AND j.form = 'SUBSIDISED'
        ORDER BY j.start_date LIMIT 1) AS subsidy_kind,
      EXISTS (SELECT 1 FROM job j WHERE j.track_id = c.track_id
        AND j.participant_id = c.participant_id AND j.acquired) AS acquired,
      (SELECT min(j.days) FROM job j WHERE j.track_id = c.track_id
        AND j.participant_id = c.participant_id) AS days_to_job,
      (SELECT min(j.days) FROM job j WHERE j.track_id = c.track_id
        AND j.participant_id = c.participant_id AND j.form = 'UNSUBSIDISED') AS days_to_unsubsidised,
      r.outcome AS result,
      r.reason_code AS reason_code,
      (SELECT coalesce(json_object_agg(m.months_after_start, m.retained), '{}')
       FROM (SELECT l.months_after_start, bool_or(l.result = 'STILL_EMPLOYED') AS retained
             FROM job j JOIN latest_check l ON l.outcome_id = j.outcome_id
             WHERE j.track_id = c.track_id AND j.participant_id = c.participant_id
               AND l.result <> 'UNKNOWN'
             GROUP BY l.months_after_start) m) AS retention
    FROM cohort c
    LEFT JOIN outcome_track_result r
      ON r.track_id = c.track_id AND r.participant_id = c.participant_id`;
}

export interface PersonOutcomeRow {
  form: PersonOutcome['form'];
  subsidy_kind: string | null;
  acquired: boolean;
  days_to_job: number | null;
  days_to_unsubsidised: number | null;
  result: PersonOutcome['result'];
  reason_code: string | null;
  retention: Record<string, boolean>;
}

export function toPersonOutcome(row: PersonOutcomeRow): PersonOutcome {
  return {
    form: row.form,
    subsidyKind: row.form === 'SUBSIDISED' ? row.subsidy_kind : null,
    acquired: row.acquired,
    daysToJob: row.days_to_job,
    daysToUnsubsidisedJob: row.days_to_unsubsidised,
    result: row.result,
    notHiredReason: row.result === 'EMPLOYED' ? null : row.reason_code,
    retention: Object.fromEntries(
      Object.entries(row.retention).map(([months, retained]) => [Number(months), retained]),
    ),
  };
}

/** The published evaluations of the tracks the cohort was admitted to: track-level answers. */
export function evaluationAnswersSql(cohort: string): string {
  return `
    SELECT count(*)::int AS published,
           count(*) FILTER (WHERE e.continued_need)::int AS continued_need,
           count(*) FILTER (WHERE e.change_recommended)::int AS change_recommended,
           count(*) FILTER (WHERE e.good_example)::int AS good_examples,
           coalesce(sum(e.new_starts), 0)::int AS new_starts
    FROM outcome_evaluation e
    WHERE e.track_id IN (SELECT a.track_id FROM outcome_admission a WHERE ${cohort})`;
}

export interface EvaluationAnswersRow {
  published: number;
  continued_need: number;
  change_recommended: number;
  good_examples: number;
  new_starts: number;
}
