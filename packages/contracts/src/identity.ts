import { createHash, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/**
 * The caller's identity as the gateway forwards it to a subgraph: a short-lived EdDSA-signed JWT in
 * one header, addressed to that subgraph (audience) and bound to the operation it accompanies.
 */
export const identityHeader = 'x-jobbnatet-identity';
const issuer = 'jobbnatet-gateway';
const lifetimeSeconds = 60;

export const roles = [
  'officer',
  'municipal_case_worker',
  'process_leader',
  'employer_contact',
  'analyst',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export const callerIdentitySchema = z.object({
  userId: z.uuid(),
  role: z.enum(roles),
  /** AF office (officers), municipality (case workers), employer (employer contacts). */
  officeId: z.string().optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  employerId: z.uuid().optional(),
  correlationId: z.string().min(1),
});
export type CallerIdentity = z.infer<typeof callerIdentitySchema>;

/** Hash of the GraphQL operation text; binding the header to it stops replay with another query. */
export function operationHash(query: string): string {
  return createHash('sha256').update(query).digest('base64url');
}

export async function signIdentity(
  identity: CallerIdentity,
  options: { key: KeyObject; audience: string; query: string },
): Promise<string> {
  return new SignJWT({ ...identity, op: operationHash(options.query) })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer(issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(options.key);
}

export class IdentityRejectedError extends Error {
  override name = 'IdentityRejectedError';
}

/** Verifies signature, issuer, audience, lifetime and operation binding; throws when any fails. */
export async function verifyIdentity(
  token: string,
  options: { key: KeyObject; audience: string; query: string },
): Promise<CallerIdentity> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, options.key, {
      issuer,
      audience: options.audience,
      algorithms: ['EdDSA'],
      maxTokenAge: `${lifetimeSeconds}s`,
    }));
  } catch (error) {
    throw new IdentityRejectedError(error instanceof Error ? error.message : 'invalid identity');
  }
  if (payload.op !== operationHash(options.query)) {
    throw new IdentityRejectedError('identity was signed for another operation');
  }
  const identity = callerIdentitySchema.safeParse(payload);
  if (!identity.success) throw new IdentityRejectedError('identity claims are incomplete');
  return identity.data;
}
