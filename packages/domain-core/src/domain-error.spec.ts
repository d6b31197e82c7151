import {
  apiErrorCodeOf,
  DomainError,
  domainErrorFactory,
  type ErrorCatalogue,
} from './domain-error';

type ShelfCode = 'SHELF.FULL' | 'SHELF.UNKNOWN_BOOK';
const shelfErrors: ErrorCatalogue<ShelfCode> = {
  'SHELF.FULL': 'conflict',
  'SHELF.UNKNOWN_BOOK': 'validation',
};

describe('domain errors', () => {
  it('takes the kind of each code from the service’s catalogue', () => {
    const error = domainErrorFactory(shelfErrors)('SHELF.UNKNOWN_BOOK', 'no such book', 'bookId');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'SHELF.UNKNOWN_BOOK',
      field: 'bookId',
      message: 'no such book',
    });
    expect(apiErrorCodeOf[error.kind]).toBe('BAD_USER_INPUT');
  });

  it('is not retryable unless the thrower says the same call may succeed shortly', () => {
    const make = domainErrorFactory(shelfErrors);
    expect(make('SHELF.FULL', 'the shelf is full').retryable).toBe(false);
    expect(make('SHELF.FULL', 'the shelf is full', undefined, true).retryable).toBe(true);
  });

  it('gives every kind a distinct API code', () => {
    const codes = Object.values(apiErrorCodeOf);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('refuses, at compile time, a catalogue that leaves a code unmapped or invents one', () => {
    // @ts-expect-error SHELF.FULL has no kind: typecheck fails if this ever compiles.
    const missing: ErrorCatalogue<ShelfCode> = { 'SHELF.UNKNOWN_BOOK': 'validation' };
    const invented: ErrorCatalogue<ShelfCode> = {
      ...shelfErrors,
      // @ts-expect-error not a code of the union
      'SHELF.ON_FIRE': 'conflict',
    };
    // @ts-expect-error a code outside the union cannot be thrown
    domainErrorFactory(shelfErrors)('SHELF.ON_FIRE', 'x');
    expect([missing, invented]).toHaveLength(2);
  });
});
