import { createPublicKey, type KeyObject } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { identityHeader, verifyIdentity, type CallerIdentity } from '@jobbnatet/contracts';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestContext } from '../logging/request-context';

export type RequestWithIdentity = Request & { identity?: CallerIdentity };

function operationText(req: Request): string | undefined {
  const body = req.body as { query?: unknown } | undefined;
  if (typeof body?.query === 'string') return body.query;
  return typeof req.query.query === 'string' ? req.query.query : undefined;
}

function unauthorized(res: Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Guards the subgraph's whole GraphQL endpoint, `_service` and `_entities` included: every request
 * must carry an identity the gateway signed for this subgraph and this very operation.
 */
export function identityMiddleware(audience: string, verifyKeyPem: string) {
  const key: KeyObject = createPublicKey(verifyKeyPem);
  return (req: RequestWithIdentity, res: Response, next: NextFunction): void => {
    const token = req.header(identityHeader);
    const query = operationText(req);
    if (!token || query === undefined)
      return unauthorized(res, 'a signed identity from the gateway is required');
    verifyIdentity(token, { key, audience, query }).then(
      (identity) => {
        req.identity = identity;
        runInRequestContext(
          { correlationId: identity.correlationId ?? randomUUID(), identity },
          next,
        );
      },
      () => unauthorized(res, 'the forwarded identity is not valid'),
    );
  };
}
