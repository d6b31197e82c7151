/**
 * Which records a caller may reach: the one scope vocabulary of every service. A service states, per
 * role, which kind of scope that role gets (its policy); the caller's own office, municipality or
 * employer or provider fills it in. `consent` names a purpose the record's subject must have consented to.
 */
export type Scope =
  | { readonly kind: 'all'; readonly consent?: string }
  | { readonly kind: 'office'; readonly officeId: string; readonly consent?: string }
  | {
      readonly kind: 'municipality';
      readonly municipalityCode: string;
      readonly consent?: string;
    }
  | { readonly kind: 'employer'; readonly employerId: string; readonly consent?: string }
  | { readonly kind: 'provider'; readonly providerId: string; readonly consent?: string }
  /**
   * A coach (a process leader): the records of the offices this user coaches, which only the
   * service's own data knows (e.g. the rollout's process leaders), plus the caller's own office.
   */
  | {
      readonly kind: 'coach';
      readonly coachId: string;
      readonly officeId?: string;
      readonly consent?: string;
    }
  | { readonly kind: 'none' };

export type ScopeKind = Scope['kind'];

/** What one role is granted: a kind, optionally only for subjects who consented to a purpose. */
export type ScopeGrant =
  | ScopeKind
  | { readonly kind: Exclude<ScopeKind, 'none'>; readonly consent: string };

/** A grant for every role: a role added to the union but left out fails to compile. */
export type ScopePolicy<Role extends string> = { readonly [R in Role]: ScopeGrant };

/** The parts of a verified caller that scopes are made of. */
export interface ScopedCaller<Role extends string> {
  readonly role: Role;
  readonly userId?: string | undefined;
  readonly officeId?: string | undefined;
  readonly municipalityCode?: string | undefined;
  readonly employerId?: string | undefined;
  readonly providerId?: string | undefined;
}

/** The caller's scope under a policy; a role whose scope needs an attribute the caller lacks gets none. */
export function scopeOf<Role extends string>(
  policy: ScopePolicy<Role>,
  caller: ScopedCaller<Role>,
): Scope {
  const grant = policy[caller.role];
  const { kind, consent } = typeof grant === 'string' ? { kind: grant, consent: undefined } : grant;
  const withConsent = consent === undefined ? {} : { consent };
  switch (kind) {
    case 'all':
      return { kind, ...withConsent };
    case 'office':
      return caller.officeId ? { kind, officeId: caller.officeId, ...withConsent } : none;
    case 'municipality':
      return caller.municipalityCode
        ? { kind, municipalityCode: caller.municipalityCode, ...withConsent }
        : none;
    case 'employer':
      return caller.employerId ? { kind, employerId: caller.employerId, ...withConsent } : none;
    case 'provider':
      return caller.providerId ? { kind, providerId: caller.providerId, ...withConsent } : none;
    case 'coach':
      return caller.userId
        ? {
            kind,
            coachId: caller.userId,
            ...(caller.officeId ? { officeId: caller.officeId } : {}),
            ...withConsent,
          }
        : none;
    case 'none':
      return none;
  }
}

const none: Scope = { kind: 'none' };

/** What a record is attached to, for checks in memory (a record about to be written, say). */
export interface ScopeSubject {
  readonly officeId?: string;
  readonly municipalityCode?: string;
  readonly employerId?: string;
  readonly providerId?: string;
  /** The users who coach the record's office (a coach scope reaches it through them). */
  readonly coachIds?: readonly string[];
  /** The consent hook: whether the subject consented to a purpose. Absent: no consent known. */
  readonly consentsTo?: (purpose: string) => boolean;
}

/** Whether a record lies within a scope. */
export function inScope(scope: Scope, subject: ScopeSubject): boolean {
  if (scope.kind === 'none') return false;
  if (scope.consent !== undefined && !subject.consentsTo?.(scope.consent)) return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'office':
      return subject.officeId === scope.officeId;
    case 'municipality':
      return subject.municipalityCode === scope.municipalityCode;
    case 'employer':
      return subject.employerId === scope.employerId;
    case 'provider':
      return subject.providerId === scope.providerId;
    case 'coach':
      return (
        (subject.coachIds?.includes(scope.coachId) ?? false) ||
        (scope.officeId !== undefined && subject.officeId === scope.officeId)
      );
  }
}
