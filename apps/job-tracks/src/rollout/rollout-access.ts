import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reads an office's part in the method rollout: officers their own office, process leaders
 * every office (they coach across the region; writing needs an assignment, `mayWriteRollout`),
 * admins all. The rollout is AF's, so municipal staff, employers, providers and analysts reach no
 * office (the region's share, an aggregate, is shown beside the offices a caller reaches).
 */
export const rolloutPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  process_leader: 'all',
  municipal_case_worker: 'none',
  employer_contact: 'none',
  provider_staff: 'none',
  analyst: 'none',
};

/** Where an office's rollout belongs, for a scope condition; `o` is the rollout_office table. */
export const rolloutScopeColumns = { office: 'o.office_id' } as const;
