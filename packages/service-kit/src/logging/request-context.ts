import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from '@jobbnatet/contracts';

/** Per-request state that logs and events need without threading it through every call. */
export interface RequestContext {
  correlationId: string;
  identity?: CallerIdentity;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The current request's correlation id, or a fresh one for work that no request started. */
export function correlationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}
