import type { CallerIdentity } from '@jobbnatet/contracts';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { errors as joseErrors } from 'jose';
import { errorBody } from '../errors';
import type { Logger } from '../logger';
import { correlationIdOf } from '../request-scope';
import { ClaimsRejectedError, toCallerIdentity } from './claims';
import type { TokenVerifier } from './token-verifier';

/**
 * Every GraphQL request carries `Authorization: Bearer <JWT>`; without a valid one it ends here with
 * 401 and a GraphQL-shaped error, before its body is even parsed.
 */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}

export function identityOf(res: Response): CallerIdentity | undefined {
  return res.locals.identity as CallerIdentity | undefined;
}

/** The token may be fine but its issuer's keys could not be fetched: not the caller's fault. */
function isIssuerUnavailable(error: unknown): boolean {
  if (error instanceof ClaimsRejectedError) return false;
  if (error instanceof joseErrors.JWKSTimeout) return true;
  if (error instanceof joseErrors.JOSEError) return error.code === 'ERR_JOSE_GENERIC';
  return true;
}

function refuse(res: Response): void {
  res
    .status(401)
    .setHeader('www-authenticate', 'Bearer')
    .json(
      errorBody(
        'Authentication required: send a valid bearer token',
        'UNAUTHENTICATED',
        correlationIdOf(res),
      ),
    );
}

export function authenticate(
  verifier: TokenVerifier,
  logger: Logger,
  options: { allowAnonymous?: (req: Request) => boolean } = {},
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (options.allowAnonymous?.(req)) {
      next();
      return;
    }
    const correlationId = correlationIdOf(res);
    const token = bearerToken(req.get('authorization'));
    if (!token) {
      logger.info('request refused: no bearer token', { correlationId });
      refuse(res);
      return;
    }
    try {
      const payload = await verifier.verify(token);
      res.locals.identity = toCallerIdentity(payload, correlationId);
    } catch (error) {
      if (isIssuerUnavailable(error)) {
        logger.error('token issuer unavailable', {
          correlationId,
          error: error instanceof Error ? error.message : 'unknown',
        });
        res
          .status(503)
          .json(
            errorBody(
              'Authentication is temporarily unavailable',
              'INTERNAL_SERVER_ERROR',
              correlationId,
            ),
          );
        return;
      }
      // The reason (expired, bad signature, …) is logged; the token itself never is.
      const reason =
        error instanceof Error ? ((error as { code?: string }).code ?? error.name) : 'unknown';
      logger.info('request refused: token not accepted', { correlationId, reason });
      refuse(res);
      return;
    }
    next();
  };
}
