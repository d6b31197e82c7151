import { coachedOffices } from '../aggregates/coached-offices';

/** An admission belongs to the track's offices and municipalities and to the track's employers. */
export const admissionScopeColumns = {
  office: (p: string) => `${p} = ANY(a.office_ids)`,
  municipality: (p: string) => `${p} = ANY(a.municipality_codes)`,
  coach: (p: string) => `a.office_ids && ${coachedOffices(p)}`,
  employer: (p: string) =>
    `(a.selected_by_employer_id = ${p}::uuid OR EXISTS (SELECT 1 FROM outcome_track t
      WHERE t.track_id = a.track_id AND ${p}::uuid = ANY(t.employer_ids)))`,
};
