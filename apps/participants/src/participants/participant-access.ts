import type { Role } from '@jobbnatet/contracts';
import { inScope, type Scope, type ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Which participants each role reaches, for reads, lists, entity references and registrations
 * alike: officers their office's, case workers their municipality's residents, admins all.
 */
export const participantPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'municipality',
  // Employers, analysts and process leaders never see personal data in this service.
  employer_contact: 'none',
  analyst: 'none',
  process_leader: 'none',
};

/** Where a participant belongs, in the scope vocabulary. */
export const participantScopeColumns = {
  office: 'office_id',
  municipality: 'home_municipality_code',
} as const;

/** A registration must land inside the registering caller's own scope. */
export function mayRegister(
  scope: Scope,
  registration: { officeId: string; homeMunicipalityCode: string },
): boolean {
  return inScope(scope, {
    officeId: registration.officeId,
    municipalityCode: registration.homeMunicipalityCode,
  });
}

/** The identity number is shown to the responsible office and to admins, never to the municipality. */
export function maySeeIdentityNumber(role: Role): boolean {
  return role === 'officer' || role === 'admin';
}
