import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf, type ScopePolicy } from '@jobbnatet/domain-core';
import { scopeCondition } from '@jobbnatet/service-kit';

/**
 * Which participants a caller reaches, as the participants service decides it
 * (apps/participants/src/participants/participant-access.ts): officers their office's, municipal
 * case workers their municipality's residents and those whose valid consent names it, admins all,
 * everyone else none.
 */
export const participantReachPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'municipality',
  employer_contact: 'none',
  analyst: 'none',
  process_leader: 'none',
  provider_staff: 'none',
};

/** Conditions of the scope's parameter, so a service can combine them with its own columns. */
export interface ParticipantReachColumns {
  office: (param: string) => string;
  municipality: (param: string) => string;
}

/** Where a replica row belongs, for `scopeCondition`; `alias` names the participant_reach table. */
export function participantReachColumns(alias: string): ParticipantReachColumns {
  return {
    office: (param) => `${alias}.office_id = ${param}`,
    municipality: (param) =>
      `${alias}.home_municipality_code = ${param} OR EXISTS (SELECT 1 FROM participant_reach_consent ` +
      `prc WHERE prc.participant_id = ${alias}.participant_id AND prc.municipality_code = ${param} ` +
      `AND NOT prc.withdrawn)`,
  };
}

/** SQL that is true when the caller reaches the replica row `alias`; adds its values to `params`. */
export function reachCondition(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  alias: string,
  params: unknown[],
): string {
  return scopeCondition(
    scopeOf(participantReachPolicy, caller),
    participantReachColumns(alias),
    params,
  );
}
