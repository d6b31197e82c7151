import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Report snapshots are the region's published figures: analysts and admins only. Everyone else
 * gets no scope, and the service refuses them before reading anything.
 */
export const snapshotPolicy: ScopePolicy<Role> = {
  admin: 'all',
  analyst: 'all',
  officer: 'none',
  process_leader: 'none',
  municipal_case_worker: 'none',
  employer_contact: 'none',
  provider_staff: 'none',
};
