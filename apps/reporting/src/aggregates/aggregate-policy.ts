import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reaches which aggregates, for every read model alike: analysts and admins all; the others
 * their own office, municipality or employer. Process leaders get their own office: the offices
 * they coach (rollout events) need a scope kind of their own, left for the adoption read model.
 */
export const aggregatePolicy: ScopePolicy<Role> = {
  admin: 'all',
  analyst: 'all',
  officer: 'office',
  process_leader: 'office',
  municipal_case_worker: 'municipality',
  employer_contact: 'employer',
  provider_staff: 'none',
};
