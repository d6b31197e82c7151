import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Who reads the catalogue (intervention types, providers, offerings). The catalogue holds no
 * personal data and exists for planning: an officer or a municipal case worker plans a
 * participant's interventions from everything the region offers, not only what their own office
 * or municipality runs. So every planning role reads every offering; employer contacts and
 * analysts (who get aggregates from reporting) read none. Writes are narrower: see mayWriteOffering.
 */
export const offeringPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'all',
  municipal_case_worker: 'all',
  process_leader: 'all',
  employer_contact: 'none',
  analyst: 'none',
  // Provider staff see their own provider's offerings (attendance and completion are theirs).
  provider_staff: 'provider',
};

/** Where an offering belongs, for a scope condition; `o` is the offering table. */
export const offeringScopeColumns = {
  office: (office: string) => `${office} = ANY(o.office_ids)`,
  municipality: 'o.municipality_code',
  provider: 'o.provider_id',
} as const;

/**
 * Who creates or changes an offering: an officer for an offering one of whose offices is their
 * own, a municipal case worker for an offering in their municipality, an admin for any.
 */
export function mayWriteOffering(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  offering: { officeIds: readonly string[]; municipalityCode: string },
): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'officer':
      return caller.officeId !== undefined && offering.officeIds.includes(caller.officeId);
    case 'municipal_case_worker':
      return (
        caller.municipalityCode !== undefined &&
        caller.municipalityCode === offering.municipalityCode
      );
    default:
      return false;
  }
}

/**
 * Who runs an offering day to day (its schedule, attendance, completion): the provider's staff for
 * their provider's offerings, a municipal case worker for their municipality's, an officer for an
 * offering of their office, an admin for any.
 */
export function mayRunOffering(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode' | 'providerId'>,
  offering: { officeIds: readonly string[]; municipalityCode: string; providerId: string },
): boolean {
  if (caller.role === 'provider_staff') {
    return caller.providerId !== undefined && caller.providerId === offering.providerId;
  }
  return mayWriteOffering(caller, offering);
}

/** Intervention types are reference data: only admins extend them. */
export const mayAddInterventionType = (role: Role): boolean => role === 'admin';

/** Providers are registered by admins and officers. */
export const mayRegisterProvider = (role: Role): boolean => role === 'admin' || role === 'officer';
