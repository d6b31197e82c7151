import { randomUUID } from 'node:crypto';
import {
  identityHeader,
  identityVerifyKeys,
  verifyIdentity,
  type BoundOperation,
  type CallerIdentity,
} from '@jobbnatet/contracts';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestContext } from '../logging/request-context';
import { ReplayGuard } from './replay-guard';

export type RequestWithIdentity = Request & { identity?: CallerIdentity };

type Refusal = { status: number; code: string; message: string };

function refuse(res: Response, { status, code, message }: Refusal): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operation Apollo Server will execute, read from the one place it will read it: a JSON POST
 * body. GET, batches and persisted queries are refused, so the operation verified here is exactly
 * the one that runs (an operation taken from `?query=` or from a persisted-query hash could differ).
 */
function operationOf(req: Request): BoundOperation | Refusal {
  if (req.method !== 'POST')
    return { status: 405, code: 'BAD_REQUEST', message: 'only POST is accepted' };
  if (!req.is('application/json'))
    return { status: 415, code: 'BAD_REQUEST', message: 'the body must be application/json' };
  const body: unknown = req.body;
  if (Array.isArray(body))
    return { status: 400, code: 'BAD_REQUEST', message: 'batched operations are not accepted' };
  if (!isPlainObject(body) || typeof body.query !== 'string')
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'the body must hold the operation text in "query"',
    };
  if (isPlainObject(body.extensions) && body.extensions.persistedQuery !== undefined)
    return {
      status: 400,
      code: 'PERSISTED_QUERY_NOT_SUPPORTED',
      message: 'persisted queries are not accepted',
    };
  const { query, operationName, variables } = body;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return { status: 400, code: 'BAD_REQUEST', message: '"operationName" must be a string' };
  if (variables !== undefined && variables !== null && !isPlainObject(variables))
    return { status: 400, code: 'BAD_REQUEST', message: '"variables" must be an object' };
  return { query, operationName, variables };
}

const unauthenticated = (message: string): Refusal => ({
  status: 401,
  code: 'UNAUTHENTICATED',
  message,
});

/**
 * Guards the subgraph's whole GraphQL endpoint, `_service` and `_entities` included: every request
 * must carry an identity the gateway signed for this subgraph and this very operation (text, name
 * and variables), not seen before by this instance.
 */
export function identityMiddleware(
  audience: string,
  verifyKeysJwks: string,
  replayGuard = new ReplayGuard(),
) {
  const keys = identityVerifyKeys(verifyKeysJwks);
  return (req: RequestWithIdentity, res: Response, next: NextFunction): void => {
    const operation = operationOf(req);
    if ('status' in operation) return refuse(res, operation);
    const token = req.header(identityHeader);
    if (!token)
      return refuse(res, unauthenticated('a signed identity from the gateway is required'));
    verifyIdentity(token, { keys, audience, operation }).then(
      ({ identity, tokenId, expiresAt }) => {
        const admission = replayGuard.admit(tokenId, expiresAt);
        if (admission === 'replayed')
          return refuse(res, unauthenticated('the forwarded identity was already used'));
        if (admission === 'full')
          return refuse(res, {
            status: 503,
            code: 'SERVICE_UNAVAILABLE',
            message: 'too many requests in flight, try again',
          });
        req.identity = identity;
        runInRequestContext(
          { correlationId: identity.correlationId ?? randomUUID(), identity },
          next,
        );
      },
      () => refuse(res, unauthenticated('the forwarded identity is not valid')),
    );
  };
}
