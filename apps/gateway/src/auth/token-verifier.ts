import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';

/** Checks an access token's signature, issuer, audience and lifetime; throws when any fails. */
export interface TokenVerifier {
  verify(token: string): Promise<JWTPayload>;
}

/** Asymmetric algorithms only: a JWKS never vouches for HMAC or `none`. */
const acceptedAlgorithms = ['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256'];

export function jwksTokenVerifier(
  keys: JWTVerifyGetKey,
  issuer: string,
  audience: string,
): TokenVerifier {
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: acceptedAlgorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 5,
      });
      return payload;
    },
  };
}

/** A real OIDC provider: keys fetched (and cached, refetched on an unknown `kid`) from its JWKS URL. */
export function oidcTokenVerifier(options: {
  issuer: string;
  jwksUrl: string;
  audience: string;
}): TokenVerifier {
  return jwksTokenVerifier(
    createRemoteJWKSet(new URL(options.jwksUrl)),
    options.issuer,
    options.audience,
  );
}

/**
 * Remembers the tokens `inner` accepted until they expire, so a session's requests after its first
 * skip the signature check (an Ed25519 or RSA verification per request was the gateway's largest
 * single cost). Keyed by the whole token string: only that exact token, already verified, is let
 * through, and never after its `exp`. Refusals are not remembered. A signing key withdrawn from the
 * issuer's JWKS stops new tokens at once and those already seen when they expire (docs/adr/0036).
 */
export function cachingTokenVerifier(
  inner: TokenVerifier,
  options: { maxTokens: number; now?: () => number },
): TokenVerifier {
  const now = options.now ?? Date.now;
  const verified = new LRUCache<string, Readonly<JWTPayload> & { exp: number }>({
    max: options.maxTokens,
  });
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && known.exp * 1000 > now()) return known;
      if (known) verified.delete(token);
      const payload = await inner.verify(token);
      // `exp` is a required claim; a verifier that let a token through without one is not trusted.
      if (typeof payload.exp === 'number' && payload.exp * 1000 > now())
        verified.set(token, Object.freeze({ ...payload, exp: payload.exp }));
      return payload;
    },
  };
}
