import fc from 'fast-check';
import type { GraphqlResponse } from './graphql-client';

/** Codes a client's mistake may get: anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
export const clientErrorCodes: readonly string[] = [
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
];

function carriedByJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(carriedByJson);
  if (value !== null && typeof value === 'object') return Object.values(value).every(carriedByJson);
  return true;
}

/**
 * A valid input with exactly one field broken: `broken` gives, per field, the bad values to try.
 * Every generated input is wrong in one place, so a refusal must name that place.
 */
export function oneFieldBroken<T extends object>(
  valid: T,
  broken: { [K in keyof T]?: fc.Arbitrary<unknown> },
): fc.Arbitrary<{ input: T; field: string }> {
  const fields = Object.keys(broken) as (keyof T & string)[];
  return fc.oneof(
    ...fields.map((field) =>
      broken[field]!.map((value) => ({ input: { ...valid, [field]: value } as T, field })),
    ),
  );
}

export interface BadInputRun<T> {
  /** Sends one input, the way a client would. */
  send: (input: T) => Promise<GraphqlResponse<unknown>>;
  inputs: fc.Arbitrary<T>;
  /** Rows and events a write would leave (a count that must not move). */
  traces: () => Promise<number>;
  /** At least 1 000 by default: the platform's bar for every mutation. */
  numRuns?: number;
}

/**
 * Throws many generated bad inputs at a mutation: each gets a small answer with client-class error
 * codes and no data, and nothing is written by any of them.
 */
export async function assertEveryBadInputRefused<T>(run: BadInputRun<T>): Promise<void> {
  const before = await run.traces();
  await fc.assert(
    fc.asyncProperty(run.inputs, async (input) => {
      // A value JSON cannot carry (Infinity, NaN) is no request a client can send.
      fc.pre(carriedByJson(input));
      const response = await run.send(input);
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
      const refusal = { status: response.status < 500, refused: codes.length > 0, codes };
      if (
        !refusal.status ||
        !refusal.refused ||
        !codes.every((code) => clientErrorCodes.includes(code))
      ) {
        throw new Error(
          `not a client refusal: ${JSON.stringify({ status: response.status, codes })}`,
        );
      }
      const data = response.data as Record<string, unknown> | null | undefined;
      if (data && Object.values(data).some((value) => value !== null)) {
        throw new Error('a refused input still answered with data');
      }
      if (JSON.stringify(response).length > 8_192) throw new Error('the refusal is not small');
    }),
    { numRuns: run.numRuns ?? 1_000, includeErrorInReport: true },
  );
  const after = await run.traces();
  if (after !== before) throw new Error(`refused inputs left ${after - before} rows or events`);
}
