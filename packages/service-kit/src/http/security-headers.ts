import helmet from 'helmet';

/**
 * helmet's usual headers (no `x-powered-by`, `nosniff`, HSTS, a deny-all frame policy …). The
 * subgraphs serve JSON only, so the strictest content security policy fits.
 */
export function securityHeaders() {
  return helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'none'"] } } });
}
