import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Which participants each role *reaches* through any path (reads, lists, entity references,
 * mutations): officers their office's, case workers their municipality's residents and those who
 * consented to share with it, admins all. Reaching a participant is not seeing their personal data:
 * `disclosureOf` decides that per row.
 */
export const participantPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'municipality',
  // Employers, analysts, process leaders and providers' staff never see personal data in this service.
  employer_contact: 'none',
  analyst: 'none',
  process_leader: 'none',
  provider_staff: 'none',
};

/** Where a participant belongs, in the scope vocabulary; `p` is the participant table's alias. */
export const participantScopeColumns = {
  office: 'p.office_id',
  municipality: (municipality: string) =>
    `p.home_municipality_code = ${municipality} OR EXISTS (SELECT 1 FROM consent c ` +
    `WHERE c.participant_id = p.id AND c.municipality_code = ${municipality} AND c.withdrawn_at IS NULL)`,
} as const;

/** What decides disclosure of one participant's row. */
export interface CaseFacts {
  officeId: string;
  /** Municipalities holding a consent that has not been withdrawn. */
  consentedMunicipalities: readonly string[];
  erased: boolean;
}

/** Why a caller reads a person's data: written to the access log with every read. */
export type ReadPurpose =
  | 'CASE_MANAGEMENT'
  | 'MUNICIPAL_COLLABORATION'
  | 'ADMINISTRATION'
  | 'DUPLICATE_CHECK'
  | 'ERASURE';

export type Disclosure =
  | { level: 'personal'; purpose: ReadPurpose; adminReason?: string }
  | { level: 'pseudonymous' };

const pseudonymous: Disclosure = { level: 'pseudonymous' };

/**
 * How much of a reached participant the caller sees: personal data for the responsible office, for
 * a municipality the participant consented to share with, and for an admin who states a reason;
 * only id and pseudonym otherwise. Withdrawal takes effect on the next request: nothing is cached.
 */
export function disclosureOf(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  facts: CaseFacts,
  adminReason?: string,
): Disclosure {
  if (facts.erased) return pseudonymous;
  switch (caller.role) {
    case 'officer':
      return caller.officeId === facts.officeId
        ? { level: 'personal', purpose: 'CASE_MANAGEMENT' }
        : pseudonymous;
    case 'municipal_case_worker':
      return caller.municipalityCode !== undefined &&
        facts.consentedMunicipalities.includes(caller.municipalityCode)
        ? { level: 'personal', purpose: 'MUNICIPAL_COLLABORATION' }
        : pseudonymous;
    case 'admin':
      return adminReason
        ? { level: 'personal', purpose: 'ADMINISTRATION', adminReason }
        : pseudonymous;
    default:
      return pseudonymous;
  }
}

/** The responsible office: the one that manages the case (and alone reads health text). */
export function isResponsibleOffice(
  caller: Pick<CallerIdentity, 'role' | 'officeId'>,
  facts: CaseFacts,
): boolean {
  return caller.role === 'officer' && caller.officeId === facts.officeId && !facts.erased;
}

/** The identity number is shown to officers and admins, never to a municipality. */
export function maySeeIdentityNumber(role: Role): boolean {
  return role === 'officer' || role === 'admin';
}

/** Registration is Arbetsförmedlingen's act: an officer, at their own office. */
export function mayRegister(
  caller: Pick<CallerIdentity, 'role' | 'officeId'>,
  registration: { officeId: string },
): boolean {
  return caller.role === 'officer' && caller.officeId === registration.officeId;
}

/** Progression and support notes: the responsible office, or a municipality with consent. */
export function mayWriteNote(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  facts: CaseFacts,
): boolean {
  return (
    isResponsibleOffice(caller, facts) ||
    (caller.role === 'municipal_case_worker' && disclosureOf(caller, facts).level === 'personal')
  );
}
