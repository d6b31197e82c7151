import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reads a collaboration agreement: the parties to it (officers of its offices, case workers of
 * its municipality), the process leaders of its offices, admins. It concerns neither employers
 * nor providers, and analysts get aggregates elsewhere.
 */
export const agreementPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'municipality',
  process_leader: 'office',
  employer_contact: 'none',
  provider_staff: 'none',
  analyst: 'none',
};

/** Where an agreement belongs, for a scope condition; `a` is the agreement table. */
export const agreementScopeColumns = {
  office: (office: string) => `${office} = ANY(a.office_ids)`,
  municipality: 'a.municipality_code',
} as const;

/** Who drafts, activates and ends an agreement: its parties' officers and case workers, admins. */
export function mayWriteAgreement(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  agreement: { officeIds: readonly string[]; municipalityCode: string },
): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'officer':
      return caller.officeId !== undefined && agreement.officeIds.includes(caller.officeId);
    case 'municipal_case_worker':
      return caller.municipalityCode === agreement.municipalityCode;
    default:
      return false;
  }
}
