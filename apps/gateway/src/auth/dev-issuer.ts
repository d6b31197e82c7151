import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import express, { type Request, type Router } from 'express';
import { createLocalJWKSet, SignJWT, type JWK } from 'jose';
import { z } from 'zod';
import { devUsers, findDevUser, type DevUser } from './dev-users';
import { jwksTokenVerifier, type TokenVerifier } from './token-verifier';

/**
 * The embedded development issuer: signs access tokens for the seeded users and publishes its key,
 * so the platform runs without an identity provider. Config refuses it in production mode.
 */
export const devIssuerId = 'urn:jobbnatet:dev-issuer';
export const devAudience = 'jobbnatet';
const tokenLifetimeSeconds = 8 * 60 * 60;

export interface DevIssuer {
  verifier: TokenVerifier;
  router: Router;
  mintToken(user: DevUser): Promise<string>;
}

const tokenRequestSchema = z.object({ username: z.string().min(1) });

function origin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The public key as a JWK, its `kid` being the RFC 7638 thumbprint. */
function publicJwkOf(key: KeyObject): JWK & { kid: string } {
  const { crv, kty, x } = createPublicKey(key).export({ format: 'jwk' });
  const kid = createHash('sha256').update(JSON.stringify({ crv, kty, x })).digest('base64url');
  return { crv, kty, x, kid, alg: 'EdDSA', use: 'sig' } as JWK & { kid: string };
}

export function createDevIssuer(
  configuredKey: KeyObject | undefined,
): DevIssuer & { ephemeral: boolean } {
  const key = configuredKey ?? generateKeyPairSync('ed25519').privateKey;
  const jwk = publicJwkOf(key);
  const kid = jwk.kid;
  const jwks = { keys: [jwk] };

  const mintToken = (user: DevUser) =>
    new SignJWT({
      role: user.role,
      name: user.name,
      office_id: user.officeId,
      municipality_code: user.municipalityCode,
      employer_id: user.employerId,
      provider_id: user.providerId,
    })
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' })
      .setIssuer(devIssuerId)
      .setAudience(devAudience)
      .setSubject(user.userId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${tokenLifetimeSeconds}s`)
      .sign(key);

  const router = express.Router();
  router.get('/.well-known/jwks.json', (_req, res) => {
    res.json(jwks);
  });
  router.get('/.well-known/openid-configuration', (req, res) => {
    res.json({
      issuer: devIssuerId,
      jwks_uri: `${origin(req)}/.well-known/jwks.json`,
      token_endpoint: `${origin(req)}/auth/dev/token`,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['EdDSA'],
      claims_supported: [
        'sub',
        'role',
        'name',
        'office_id',
        'municipality_code',
        'employer_id',
        'provider_id',
      ],
    });
  });
  router.get('/auth/dev/users', (_req, res) => {
    res.json(devUsers);
  });
  router.post('/auth/dev/token', express.json({ limit: '1kb' }), async (req, res) => {
    const request = tokenRequestSchema.safeParse(req.body);
    const user = request.success ? findDevUser(request.data.username) : undefined;
    if (!user) {
      res.status(400).json({
        error: 'invalid_request',
        error_description: `username must be one of: ${devUsers.map((u) => u.username).join(', ')}`,
      });
      return;
    }
    res.json({
      access_token: await mintToken(user),
      token_type: 'Bearer',
      expires_in: tokenLifetimeSeconds,
    });
  });

  return {
    verifier: jwksTokenVerifier(createLocalJWKSet(jwks), devIssuerId, devAudience),
    router,
    mintToken,
    ephemeral: configuredKey === undefined,
  };
}
