import { coachedOffices } from '../aggregates/coached-offices';

/** A track's part at one office: `t` is operations_track, `o` one of its offices. */
export const trackOfficeScopeColumns = {
  office: 'o.office_id',
  municipality: (p: string) => `${p} = ANY(t.municipality_codes)`,
  employer: (p: string) => `${p}::uuid = ANY(t.employer_ids)`,
  coach: (p: string) => `o.office_id = ANY(${coachedOffices(p)})`,
};

/** A job's retention checks belong to the office that recorded it; `e` is operations_employment. */
export const employmentScopeColumns = {
  office: 'e.office_id',
  municipality: (p: string) => `${p} = ANY(e.municipality_codes)`,
  employer: (p: string) => `e.employer_id = ${p}::uuid`,
  coach: (p: string) => `e.office_id = ANY(${coachedOffices(p)})`,
};
