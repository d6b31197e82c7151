import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/**
 * Each request's correlation id, taken from a sane incoming `x-correlation-id` or made fresh, echoed
 * as `x-request-id`, and reachable from formatError and log lines through AsyncLocalStorage.
 */
export const correlationHeader = 'x-correlation-id';
export const requestIdHeader = 'x-request-id';

const saneCorrelationId = /^[A-Za-z0-9._:-]{8,128}$/;

export function correlationIdFrom(incoming: string | undefined): string {
  return incoming !== undefined && saneCorrelationId.test(incoming) ? incoming : randomUUID();
}

interface RequestScope {
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

export function correlationIdOf(res: Response): string {
  return res.locals.correlationId as string;
}

/** First middleware: decides the correlation id and echoes it. */
export function assignCorrelationId(req: Request, res: Response, next: NextFunction): void {
  const correlationId = correlationIdFrom(req.get(correlationHeader));
  res.locals.correlationId = correlationId;
  res.setHeader(requestIdHeader, correlationId);
  next();
}

/**
 * Enters the request's scope. Mounted after body parsing, because stream callbacks in the body
 * parser can run outside the scope that was entered before them.
 */
export function enterRequestScope(_req: Request, res: Response, next: NextFunction): void {
  storage.run({ correlationId: correlationIdOf(res) }, next);
}
