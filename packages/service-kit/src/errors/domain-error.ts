// The domain core is framework-free (@jobbnatet/domain-core); the kit maps it to GraphQL.
export {
  DomainError,
  type DomainErrorKind,
  apiErrorCodeOf as graphqlCodeOf,
} from '@jobbnatet/domain-core';
