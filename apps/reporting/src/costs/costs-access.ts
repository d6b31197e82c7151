import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who enters control-group baselines: analysts and admins. They are figures for the whole
 * evaluation, not of one office, so there is no narrower scope to grant anyone else.
 */
export const baselineWritePolicy: ScopePolicy<Role> = {
  admin: 'all',
  analyst: 'all',
  officer: 'none',
  process_leader: 'none',
  municipal_case_worker: 'none',
  employer_contact: 'none',
  provider_staff: 'none',
};
