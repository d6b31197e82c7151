import { coachedOffices } from '../aggregates/coached-offices';

/**
 * A track's funnel belongs to the track's offices, municipalities and employers (made with it, or
 * it selected one of the track's participants), as outcomes do; `t` is funnel_track.
 */
export const trackScopeColumns = {
  office: (p: string) => `${p} = ANY(t.office_ids)`,
  municipality: (p: string) => `${p} = ANY(t.municipality_codes)`,
  coach: (p: string) => `t.office_ids && ${coachedOffices(p)}`,
  employer: (p: string) =>
    `(${p}::uuid = ANY(t.employer_ids) OR EXISTS (SELECT 1 FROM funnel_admission s
      WHERE s.track_id = t.track_id AND s.selected_by_employer_id = ${p}::uuid))`,
};
