import type { CallerIdentity } from '@jobbnatet/contracts';

/** What each GraphQL operation runs with: the authenticated caller and the request's correlation id. */
export interface GatewayContext {
  identity: CallerIdentity;
  correlationId: string;
}
