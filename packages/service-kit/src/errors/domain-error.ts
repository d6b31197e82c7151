/** The kinds of failure a client can act on. Each maps to exactly one GraphQL error code. */
export type DomainErrorKind = 'validation' | 'not_found' | 'forbidden' | 'conflict';

/**
 * A failure the caller caused, with a stable code (`PARTICIPANT.ALREADY_REGISTERED`) and, for bad
 * input, the field it concerns. Anything that is not a DomainError is internal and gets masked.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const graphqlCodeOf: Record<DomainErrorKind, string> = {
  validation: 'BAD_USER_INPUT',
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
};
