import { createServer } from 'node:http';
import { generateKeyPairSync, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { close, listenOnFreePort } from './http';

/**
 * Stands in for a real OIDC provider in production-mode tests: serves a JWKS over HTTP and mints
 * ES256 access tokens with the key behind it.
 */
export interface TestOidcProvider {
  issuer: string;
  audience: string;
  jwksUrl: string;
  mint(
    claims: Record<string, unknown>,
    options?: { expiresIn?: string; key?: KeyObject },
  ): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestOidcProvider(): Promise<TestOidcProvider> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = 'test-key-1';
  const jwk = {
    ...createPublicKey(privateKey).export({ format: 'jwk' }),
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  const server = createServer((req, res) => {
    if (req.url === '/jwks') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  const port = await listenOnFreePort(server);
  const issuer = 'https://login.test.invalid/realms/jobbnatet';
  const audience = 'jobbnatet-api';
  return {
    issuer,
    audience,
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    mint: (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid })
        .setIssuer(issuer)
        .setAudience(audience)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(options.key ?? privateKey),
    stop: () => close(server),
  };
}
