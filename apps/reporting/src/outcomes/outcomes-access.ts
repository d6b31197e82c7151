import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Aggregates only, so analysts and admins see all; the others their own office, municipality or
 * employer. Process leaders get their own office: the offices they coach (rollout events) need a
 * scope kind of their own, left for the adoption read model.
 */
export const outcomesPolicy: ScopePolicy<Role> = {
  admin: 'all',
  analyst: 'all',
  officer: 'office',
  process_leader: 'office',
  municipal_case_worker: 'municipality',
  employer_contact: 'employer',
  provider_staff: 'none',
};

/** An admission belongs to the track's offices and municipalities and to the track's employers. */
export const admissionScopeColumns = {
  office: (p: string) => `${p} = ANY(a.office_ids)`,
  municipality: (p: string) => `${p} = ANY(a.municipality_codes)`,
  employer: (p: string) =>
    `(a.selected_by_employer_id = ${p}::uuid OR EXISTS (SELECT 1 FROM outcome_track t
      WHERE t.track_id = a.track_id AND ${p}::uuid = ANY(t.employer_ids)))`,
};
