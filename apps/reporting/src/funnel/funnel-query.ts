import type { PersonStages } from './funnel-figures';

/**
 * One row per person and track of the tracks matching `tracks`, a condition on `t` (funnel_track)
 * that holds the caller's scope: a track out of scope, or not known, gives no rows. A later stage
 * implies the earlier ones (the pipeline is linear), so an admitted person counts as assessed even
 * if that step's event is missing. Completed the chain: a closing result other than DISCONTINUED.
 * Employed: a job that counts as work, starting on or after the admission and before the person's
 * next admission (as outcomes attribute jobs).
 */
export function personStagesSql(tracks: string): string {
  return `
    WITH track AS (SELECT t.track_id FROM funnel_track t WHERE ${tracks}),
    admission AS (
      SELECT a.*, lead(a.admitted_on) OVER (PARTITION BY a.participant_id ORDER BY a.admitted_on)
               AS next_admitted_on
      FROM funnel_admission a
    ),
    person AS (
      SELECT s.track_id, s.participant_id FROM funnel_candidate_status s JOIN track USING (track_id)
      UNION SELECT a.track_id, a.participant_id FROM funnel_admission a JOIN track USING (track_id)
    )
    SELECT
      ad.participant_id IS NOT NULL OR EXISTS (SELECT 1 FROM funnel_candidate_status s
        WHERE s.track_id = p.track_id AND s.participant_id = p.participant_id
          AND s.status <> 'IDENTIFIED') AS prerequisites_assessed,
      ad.participant_id IS NOT NULL AS admitted,
      ad.participant_id IS NOT NULL AND coalesce(r.outcome <> 'DISCONTINUED', false) AS completed,
      ad.participant_id IS NOT NULL AND EXISTS (SELECT 1 FROM funnel_employment e
        WHERE e.participant_id = p.participant_id AND e.counts_as_work
          AND e.start_date >= ad.admitted_on
          AND (ad.next_admitted_on IS NULL OR e.start_date < ad.next_admitted_on)) AS employed
    FROM person p
    LEFT JOIN admission ad ON ad.track_id = p.track_id AND ad.participant_id = p.participant_id
    LEFT JOIN funnel_track_result r ON r.track_id = p.track_id AND r.participant_id = p.participant_id`;
}

export interface PersonStagesRow {
  prerequisites_assessed: boolean;
  admitted: boolean;
  completed: boolean;
  employed: boolean;
}

export const toPersonStages = (row: PersonStagesRow): PersonStages => ({
  prerequisitesAssessed: row.prerequisites_assessed,
  admitted: row.admitted,
  completed: row.completed,
  employed: row.employed,
});
