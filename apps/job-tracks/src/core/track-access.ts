import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reaches a job track, on every path (queries, `_entities`, commands): the AF offices and
 * municipalities that run it, the employer contacts of its employers (a track holds no personal
 * data), the process leaders of its offices, admins. Analysts get aggregates from reporting;
 * providers stay ids here for now, so provider staff reach none.
 */
export const trackPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'municipality',
  process_leader: 'office',
  employer_contact: 'employer',
  provider_staff: 'none',
  analyst: 'none',
};

/** Where a track belongs, for a scope condition; `t` is the job_track table. */
export const trackScopeColumns = {
  office: (office: string) => `${office} = ANY(t.office_ids)`,
  municipality: (code: string) => `${code} = ANY(t.municipality_codes)`,
  employer: (employer: string) => `${employer}::uuid = ANY(t.employer_ids)`,
} as const;

/** What the write rule looks at. */
export interface TrackParties {
  officeIds: readonly string[];
  municipalityCodes: readonly string[];
}

/**
 * Who changes a track (its checklist, phase, next round): officers of its offices, case workers of
 * its municipalities, admins. Process leaders and employer contacts read only.
 */
export function mayWriteTrack(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  track: TrackParties,
): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'officer':
      return caller.officeId !== undefined && track.officeIds.includes(caller.officeId);
    case 'municipal_case_worker':
      return (
        caller.municipalityCode !== undefined &&
        track.municipalityCodes.includes(caller.municipalityCode)
      );
    default:
      return false;
  }
}
