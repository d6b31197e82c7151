import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

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
