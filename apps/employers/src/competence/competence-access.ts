import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reaches competence needs and profiles: officers of an office working with the employer, the
 * employer's own contact, admins. Process leaders, analysts and case workers do not.
 */
export const competencePolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  process_leader: 'none',
  employer_contact: 'employer',
  municipal_case_worker: 'none',
  analyst: 'none',
  provider_staff: 'none',
};

/** Who records and changes needs and agrees profiles: an officer, or the employer itself. */
export function mayWorkOnCompetence(role: Role): boolean {
  return role === 'officer' || role === 'employer_contact';
}
