import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Which employers each role reaches, on every path: officers and process leaders those their
 * office works with, an employer contact their own employer, admins all. Analysts get aggregates
 * from reporting; municipal case workers meet employers through job tracks.
 */
export const employerPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  process_leader: 'office',
  employer_contact: 'employer',
  municipal_case_worker: 'none',
  analyst: 'none',
  provider_staff: 'none',
};

/** Where an employer belongs, in the scope vocabulary; `e` is the employer table. */
export const employerScopeColumns = {
  office: (office: string) => `${office} = ANY(e.office_ids)`,
  employer: 'e.id',
} as const;

/** Only an officer registers an employer, for offices that include their own. */
export function mayRegisterEmployer(
  caller: Pick<CallerIdentity, 'role' | 'officeId'>,
  officeIds: readonly string[],
): boolean {
  return (
    caller.role === 'officer' &&
    caller.officeId !== undefined &&
    officeIds.includes(caller.officeId)
  );
}

/** Who sees an organisation number and the contact persons: not a process leader. */
export function maySeeEmployerDetails(role: Role): boolean {
  return role === 'officer' || role === 'admin' || role === 'employer_contact';
}

/** Who keeps an employer's workplaces and contact persons: its officers, and the employer itself. */
export function mayMaintainEmployer(role: Role): boolean {
  return role === 'officer' || role === 'employer_contact';
}
