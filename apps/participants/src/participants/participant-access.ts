import type { CallerIdentity } from '@jobbnatet/contracts';

/** Which participants a caller may see: pure rules, no framework, unit-tested beside this file. */
export type ParticipantScope =
  | { kind: 'all' }
  | { kind: 'office'; officeId: string }
  | { kind: 'municipality'; municipalityCode: string }
  | { kind: 'none' };

export function participantScope(caller: CallerIdentity): ParticipantScope {
  switch (caller.role) {
    case 'admin':
      return { kind: 'all' };
    case 'officer':
      return caller.officeId ? { kind: 'office', officeId: caller.officeId } : { kind: 'none' };
    case 'municipal_case_worker':
      return caller.municipalityCode
        ? { kind: 'municipality', municipalityCode: caller.municipalityCode }
        : { kind: 'none' };
    // Employers, analysts and process leaders never see personal data in this service.
    case 'employer_contact':
    case 'analyst':
    case 'process_leader':
      return { kind: 'none' };
  }
}

/** Officers register at their own office, case workers for their own municipality. */
export function mayRegister(
  caller: CallerIdentity,
  officeId: string,
  homeMunicipalityCode: string,
): boolean {
  const scope = participantScope(caller);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'office':
      return scope.officeId === officeId;
    case 'municipality':
      return scope.municipalityCode === homeMunicipalityCode;
    case 'none':
      return false;
  }
}

/** The identity number is shown to the responsible office and to admins, never to the municipality. */
export function maySeeIdentityNumber(caller: CallerIdentity): boolean {
  return caller.role === 'officer' || caller.role === 'admin';
}
