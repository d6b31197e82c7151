import { callerIdentitySchema, roles, type CallerIdentity, type Role } from '@jobbnatet/contracts';
import { z } from 'zod';

/**
 * The access-token claims the gateway understands, from the dev issuer or a real OIDC provider, and
 * their mapping to the CallerIdentity forwarded to subgraphs.
 */
export const accessTokenClaimsSchema = z.object({
  sub: z.uuid(),
  role: z.enum(roles),
  name: z.string().optional(),
  office_id: z.string().min(1).optional(),
  municipality_code: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  employer_id: z.uuid().optional(),
  provider_id: z.uuid().optional(),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

/** A scoped role without its scope would leave subgraphs guessing; such a token is refused. */
const scopeClaimOf: Partial<
  Record<Role, 'office_id' | 'municipality_code' | 'employer_id' | 'provider_id'>
> = {
  officer: 'office_id',
  municipal_case_worker: 'municipality_code',
  employer_contact: 'employer_id',
  provider_staff: 'provider_id',
};

export class ClaimsRejectedError extends Error {
  override name = 'ClaimsRejectedError';
}

/**
 * The identity each remembered token's claims map to, by the payload object the caching verifier
 * hands out for that token (docs/adr/0036): the same claims map the same way, so a session's
 * requests after its first skip the two schema checks. Only accepted claims are kept.
 */
const mappedClaims = new WeakMap<object, Omit<CallerIdentity, 'correlationId'>>();

export function toCallerIdentity(
  payload: Record<string, unknown>,
  correlationId: string,
): CallerIdentity {
  let mapped = mappedClaims.get(payload);
  if (!mapped) {
    mapped = Object.freeze(claimsToIdentity(payload));
    mappedClaims.set(payload, mapped);
  }
  // The correlation id is the gateway's own: sane or fresh (request-scope.ts), never empty.
  return { ...mapped, correlationId };
}

const identityOfClaims = callerIdentitySchema.omit({ correlationId: true });

function claimsToIdentity(payload: Record<string, unknown>): Omit<CallerIdentity, 'correlationId'> {
  const claims = accessTokenClaimsSchema.safeParse(payload);
  if (!claims.success) {
    throw new ClaimsRejectedError(
      `claims not usable: ${claims.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  const { sub, role, office_id, municipality_code, employer_id, provider_id } = claims.data;
  const scopeClaim = scopeClaimOf[role];
  if (scopeClaim && claims.data[scopeClaim] === undefined) {
    throw new ClaimsRejectedError(`role ${role} needs the ${scopeClaim} claim`);
  }
  return identityOfClaims.parse({
    userId: sub,
    role,
    officeId: office_id,
    municipalityCode: municipality_code,
    employerId: employer_id,
    providerId: provider_id,
  });
}
