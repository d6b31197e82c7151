import { coachedOffices } from './coached-offices';

/**
 * An admission (`a`, a row of the outcomes read model's `outcome_admission`) belongs to the track's
 * offices and municipalities and to the track's employers. Every read model whose cohort is the
 * admissions (outcomes, costs) scopes with these columns.
 */
export const admissionScopeColumns = {
  office: (p: string) => `${p} = ANY(a.office_ids)`,
  municipality: (p: string) => `${p} = ANY(a.municipality_codes)`,
  coach: (p: string) => `a.office_ids && ${coachedOffices(p)}`,
  employer: (p: string) =>
    `(a.selected_by_employer_id = ${p}::uuid OR EXISTS (SELECT 1 FROM outcome_track t
      WHERE t.track_id = a.track_id AND ${p}::uuid = ANY(t.employer_ids)))`,
};

/**
 * The admissions with the date of the participant's next admission (`next_admitted_on`), and the
 * `cohort` of those meeting `condition` (on `a`): a fact after a later admission belongs to that one.
 */
export function admissionCohortCtes(condition: string): string {
  return `
    admission AS (
      SELECT a.*, lead(a.admitted_on) OVER (PARTITION BY a.participant_id ORDER BY a.admitted_on)
               AS next_admitted_on
      FROM outcome_admission a
    ),
    cohort AS (SELECT * FROM admission a WHERE ${condition})`;
}
