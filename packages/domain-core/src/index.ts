export {
  apiErrorCodeOf,
  DomainError,
  domainErrorFactory,
  type DomainErrorKind,
  type ErrorCatalogue,
} from './domain-error';
export {
  inScope,
  type Scope,
  type ScopedCaller,
  type ScopeGrant,
  type ScopeKind,
  type ScopePolicy,
  type ScopeSubject,
  scopeOf,
} from './scope';
