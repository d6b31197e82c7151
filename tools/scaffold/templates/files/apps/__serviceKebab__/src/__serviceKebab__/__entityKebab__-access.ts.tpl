import type { CallerIdentity } from '@jobbnatet/contracts';

/** Which {{entityWords}}s a caller may see: pure rules, no framework, unit-tested beside this file. */
export type {{entityPascal}}Scope = { kind: 'all' } | { kind: 'office'; officeId: string } | { kind: 'none' };

export function {{entityCamel}}Scope(caller: CallerIdentity): {{entityPascal}}Scope {
  switch (caller.role) {
    case 'admin':
      return { kind: 'all' };
    case 'officer':
      return caller.officeId ? { kind: 'office', officeId: caller.officeId } : { kind: 'none' };
    // Widen here, deliberately and with a test, when another role needs to see them.
    case 'municipal_case_worker':
    case 'employer_contact':
    case 'analyst':
    case 'process_leader':
      return { kind: 'none' };
  }
}

/** Whether a {{entityWords}} of `officeId` is within `scope`. */
export function inScope(scope: {{entityPascal}}Scope, officeId: string): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'office':
      return scope.officeId === officeId;
    case 'none':
      return false;
  }
}

/** Officers create {{entityWords}}s for their own office; admins for any. */
export function mayCreate{{entityPascal}}(caller: CallerIdentity, officeId: string): boolean {
  return inScope({{entityCamel}}Scope(caller), officeId);
}
