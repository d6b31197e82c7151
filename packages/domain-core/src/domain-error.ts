/** The kinds of failure a client can act on. Each maps to exactly one API error code. */
export type DomainErrorKind = 'validation' | 'not_found' | 'forbidden' | 'conflict';

/** The API (GraphQL `extensions.code`) of each kind: the one mapping, exhaustive by type. */
export const apiErrorCodeOf = {
  validation: 'BAD_USER_INPUT',
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
} as const satisfies Record<DomainErrorKind, string>;

/**
 * A failure the caller caused, with a stable code from its service's closed union
 * (`PARTICIPANT.ALREADY_REGISTERED`) and, for bad input, the field it concerns. The message never
 * quotes the input. Anything that is not a DomainError is internal and gets masked. `retryable`
 * says the same call may succeed shortly (a replica that has not caught up yet).
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: Code,
    message: string,
    readonly field?: string,
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A service's error codes with their kinds. Declare the codes as a union and the catalogue with this
 * type: a code added to the union but not to the catalogue fails to compile.
 */
export type ErrorCatalogue<Code extends string> = { readonly [C in Code]: DomainErrorKind };

/** The factory a service throws its errors through: the kind always comes from the catalogue. */
export function domainErrorFactory<Code extends string>(
  catalogue: ErrorCatalogue<Code>,
): (code: Code, message: string, field?: string, retryable?: boolean) => DomainError<Code> {
  return (code, message, field, retryable) =>
    new DomainError(catalogue[code], code, message, field, retryable);
}
