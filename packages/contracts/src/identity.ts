import { createHash, randomUUID, sign, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { z } from 'zod';

/**
 * The caller's identity as the gateway forwards it to a subgraph: a short-lived EdDSA-signed JWT in
 * one header, addressed to that subgraph (audience), bound to the exact operation it accompanies
 * (text, operation name and variables), with a unique id (`jti`) so a subgraph can refuse a replay,
 * and the signing key's id (`kid`) so keys can rotate. See docs/adr/0006 and 0014.
 */
export const identityHeader = 'x-jobbnatet-identity';
const issuer = 'jobbnatet-gateway';
/** How long a forwarded identity is valid; a subgraph remembers its `jti` for as long. */
export const identityLifetimeSeconds = 60;

export const roles = [
  'officer',
  'municipal_case_worker',
  'process_leader',
  'employer_contact',
  'provider_staff',
  'analyst',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export const callerIdentitySchema = z.object({
  userId: z.uuid(),
  role: z.enum(roles),
  /**
   * AF office (officers), municipality (case workers), employer (employer contacts), provider
   * (provider staff).
   */
  officeId: z.string().optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  employerId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  correlationId: z.string().min(1),
});
export type CallerIdentity = z.infer<typeof callerIdentitySchema>;

/** What a subgraph will execute: exactly what the identity is bound to. */
export interface BoundOperation {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Hash of the operation text, its name and its variables (RFC 8785 canonical JSON, so key order and
 * whitespace in the variables do not matter). A missing name or variables count as null / `{}`,
 * as GraphQL treats them.
 */
export function operationHash(operation: BoundOperation): string {
  const canonical = canonicalize([
    operation.query,
    operation.operationName ?? null,
    operation.variables ?? {},
  ]);
  return createHash('sha256')
    .update(canonical ?? '')
    .digest('base64url');
}

export interface IdentitySigningOptions {
  /** The gateway's Ed25519 private key. */
  key: KeyObject;
  /** Its id, as subgraphs find it in `IDENTITY_VERIFY_KEYS`. */
  keyId: string;
  /** The subgraph's name. */
  audience: string;
  operation: BoundOperation;
}

/**
 * Signs the identity as a compact JWS (EdDSA, RFC 7515 and 8037) built with node:crypto, not with
 * jose's `SignJWT`: the gateway signs one per subgraph fetch, and the builder cost as much again as
 * the Ed25519 signature itself (docs/adr/0006). Subgraphs verify it with jose, which checks all of it.
 */
export async function signIdentity(
  identity: CallerIdentity,
  options: IdentitySigningOptions,
): Promise<string> {
  if (options.key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError('the identity signing key must be an Ed25519 private key');
  }
  const issuedAt = Math.floor(Date.now() / 1000);
  const header = { alg: 'EdDSA', kid: options.keyId };
  const claims = {
    ...identity,
    op: operationHash(options.operation),
    iss: issuer,
    aud: options.audience,
    jti: randomUUID(),
    iat: issuedAt,
    exp: issuedAt + identityLifetimeSeconds,
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign(null, Buffer.from(signingInput), options.key);
  return `${signingInput}.${signature.toString('base64url')}`;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

export class IdentityRejectedError extends Error {
  override name = 'IdentityRejectedError';
}

/** The public keys a subgraph accepts, looked up by the token's `kid`. */
export type IdentityVerifyKeys = ReturnType<typeof createLocalJWKSet>;

const verifyKeySetSchema = z.object({
  keys: z
    .array(
      z
        .object({
          kty: z.literal('OKP'),
          crv: z.literal('Ed25519'),
          x: z.string().min(1),
          kid: z.string().min(1),
          alg: z.literal('EdDSA').optional(),
          use: z.literal('sig').optional(),
        })
        // Strict: a private key (`d`) has no business in a subgraph's environment.
        .strict(),
    )
    .min(1),
});

/**
 * Parses `IDENTITY_VERIFY_KEYS` (a JSON Web Key Set of Ed25519 public keys, each with a `kid`).
 * Throws an IdentityRejectedError naming the problem, never quoting the value.
 */
export function identityVerifyKeys(jwks: string): IdentityVerifyKeys {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jwks);
  } catch {
    throw new IdentityRejectedError('must be a JSON Web Key Set');
  }
  const result = verifyKeySetSchema.safeParse(parsed);
  if (!result.success) {
    throw new IdentityRejectedError(
      'must be a JSON Web Key Set of Ed25519 public keys (kty OKP, crv Ed25519, x, kid), nothing private',
    );
  }
  const kids = result.data.keys.map((key) => key.kid);
  if (new Set(kids).size !== kids.length)
    throw new IdentityRejectedError('each key needs its own kid');
  return createLocalJWKSet(result.data as JSONWebKeySet);
}

/** The JWKS string for public keys, as operators put it in `IDENTITY_VERIFY_KEYS`. */
export function identityVerifyKeySet(keys: { key: KeyObject; keyId: string }[]): string {
  return JSON.stringify({
    keys: keys.map(({ key, keyId }) => {
      const { kty, crv, x } = key.export({ format: 'jwk' });
      return { kty, crv, x, kid: keyId };
    }),
  });
}

export interface VerifiedIdentity {
  identity: CallerIdentity;
  /** The token's unique id: a subgraph refuses it the second time. */
  tokenId: string;
  /** When the token expires, in seconds since the epoch: how long its id must be remembered. */
  expiresAt: number;
}

/**
 * Verifies signature (by `kid`), issuer, audience, lifetime and the binding to the operation;
 * throws an IdentityRejectedError when any fails. Replay is the caller's to check with `tokenId`.
 */
export async function verifyIdentity(
  token: string,
  options: { keys: IdentityVerifyKeys; audience: string; operation: BoundOperation },
): Promise<VerifiedIdentity> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, options.keys, {
      issuer,
      audience: options.audience,
      algorithms: ['EdDSA'],
      maxTokenAge: `${identityLifetimeSeconds}s`,
      requiredClaims: ['jti', 'exp', 'iat'],
    }));
  } catch (error) {
    throw new IdentityRejectedError(error instanceof Error ? error.message : 'invalid identity');
  }
  if (payload.op !== operationHash(options.operation)) {
    throw new IdentityRejectedError('identity was signed for another operation');
  }
  const identity = callerIdentitySchema.safeParse(payload);
  if (!identity.success) throw new IdentityRejectedError('identity claims are incomplete');
  return {
    identity: identity.data,
    tokenId: payload.jti as string,
    expiresAt: payload.exp as number,
  };
}
