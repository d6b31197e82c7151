import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reaches which aggregates, for every read model alike: analysts and admins all; the others
 * their own office, municipality or employer. Process leaders coach offices (the rollout's
 * `processLeaderIds`): the `coach` scope reaches those offices plus their own office
 * (`./coached-offices.ts`; docs/adr/0026-adoption-coach-scope.md).
 */
export const aggregatePolicy: ScopePolicy<Role> = {
  admin: 'all',
  analyst: 'all',
  officer: 'office',
  process_leader: 'coach',
  municipal_case_worker: 'municipality',
  employer_contact: 'employer',
  provider_staff: 'none',
};
