import type { Role } from '@jobbnatet/contracts';
import { inScope, type Scope, type ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Which reports each role reaches, for reads, entity references and creation alike:
 * officers their own office's, admins all. Widen a role here, deliberately and with a test.
 */
export const reportPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'none',
  employer_contact: 'none',
  analyst: 'none',
  process_leader: 'none',
  provider_staff: 'none',
};

/** Where a report belongs, in the scope vocabulary. */
export const reportScopeColumns = { office: 'office_id' } as const;

/** A new report must land inside the creating caller's own scope. */
export function mayCreateReport(scope: Scope, officeId: string): boolean {
  return inScope(scope, { officeId });
}
