import type { Role } from '@jobbnatet/contracts';
import { inScope, type Scope, type ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Which tracks each role reaches, for reads, entity references and creation alike:
 * officers their own office's, admins all. Widen a role here, deliberately and with a test.
 */
export const trackPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'none',
  employer_contact: 'none',
  analyst: 'none',
  process_leader: 'none',
  provider_staff: 'none',
};

/** Where a track belongs, in the scope vocabulary. */
export const trackScopeColumns = { office: 'office_id' } as const;

/** A new track must land inside the creating caller's own scope. */
export function mayCreateTrack(scope: Scope, officeId: string): boolean {
  return inScope(scope, { officeId });
}
