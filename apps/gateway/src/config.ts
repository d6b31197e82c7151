import { createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** The gateway's validated configuration. This file is the only reader of `process.env`. */

export const modes = ['development', 'production'] as const;
export type Mode = (typeof modes)[number];

export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

export type AuthConfig =
  | { kind: 'oidc'; issuer: string; jwksUrl: string; audience: string }
  /** The embedded development issuer; without a key it makes an ephemeral one at start. */
  | { kind: 'dev-issuer'; key: KeyObject | undefined };

export interface GatewayConfig {
  port: number;
  /** Where Prometheus scrapes `GET /metrics`: a listener of its own, never the public port. */
  metricsPort: number;
  /** The address to bind: 127.0.0.1 in development, every interface in production, or HOST. */
  host: string;
  mode: Mode;
  logLevel: LogLevel;
  /** Ed25519 private key that signs the identity forwarded to subgraphs... */
  identitySigningKey: KeyObject;
  /** ...and its id (`kid`), by which subgraphs find the public half in their key set. */
  identitySigningKeyId: string;
  auth: AuthConfig;
  /** Subgraph name → URL, for every subgraph in the supergraph. */
  subgraphUrls: Record<string, string>;
  limits: QueryLimits;
  /** Settings that were accepted but ignored; main logs them. */
  warnings: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';

  constructor(readonly problems: string[]) {
    super(
      `Invalid gateway configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

/** `job-tracks` → `SUBGRAPH_JOB_TRACKS_URL`. */
export function subgraphUrlVariable(subgraphName: string): string {
  return `SUBGRAPH_${subgraphName.toUpperCase().replace(/-/g, '_')}_URL`;
}

const required = { error: 'is required' };

const ed25519PrivateKey = z.string(required).transform((pem, ctx): KeyObject => {
  try {
    const key = createPrivateKey({ key: pem.replace(/\\n/g, '\n'), format: 'pem' });
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // reported below, without echoing the key material
  }
  ctx.addIssue({ code: 'custom', message: 'must be an Ed25519 private key in PKCS#8 PEM form' });
  return z.NEVER;
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const limit = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a positive integer' })
    .int('must be a positive integer')
    .positive('must be a positive integer')
    .default(fallback);

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65535, 'must be a port number')
    .default(4000),
  METRICS_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65535, 'must be a port number')
    .default(9464),
  HOST: z.string().optional(),
  // Unset means production: forgetting the variable must never switch the dev issuer on.
  JOBBNATET_MODE: z
    .enum(modes, { error: `must be one of ${modes.join(', ')}` })
    .default('production'),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  IDENTITY_SIGNING_KEY: ed25519PrivateKey,
  IDENTITY_SIGNING_KEY_ID: z
    .string(required)
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1-64 letters, digits, dots, dashes or underscores'),
  DEV_ISSUER_KEY: ed25519PrivateKey.optional(),
  OIDC_ISSUER: z.string().optional(),
  OIDC_JWKS_URL: httpUrl.optional(),
  OIDC_AUDIENCE: z.string().optional(),
  GRAPHQL_MAX_DEPTH: limit(10),
  GRAPHQL_MAX_ALIASES: limit(15),
  GRAPHQL_MAX_COST: limit(5000),
  GRAPHQL_MAX_TOKENS: limit(2000),
  GRAPHQL_MAX_DIRECTIVES: limit(10),
});

const oidcVariables = ['OIDC_ISSUER', 'OIDC_JWKS_URL', 'OIDC_AUDIENCE'] as const;

type Env = Record<string, string | undefined>;

/** An empty variable (`FOO=`) counts as unset, as it does for most twelve-factor tooling. */
function withoutEmpty(env: Env): Env {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}

/** Checked on the raw variables too, so one start reports every problem at once. */
function authConfig(
  env: Env,
  parsed: z.infer<typeof envSchema> | undefined,
  problems: string[],
  warnings: string[],
): AuthConfig | undefined {
  const missing = oidcVariables.filter((name) => env[name] === undefined);
  if (missing.length === 0) {
    if (env.DEV_ISSUER_KEY !== undefined)
      warnings.push('DEV_ISSUER_KEY is ignored: OIDC is configured');
    if (!parsed) return undefined;
    return {
      kind: 'oidc',
      issuer: parsed.OIDC_ISSUER as string,
      jwksUrl: parsed.OIDC_JWKS_URL as string,
      audience: parsed.OIDC_AUDIENCE as string,
    };
  }
  if (missing.length < oidcVariables.length) {
    problems.push(`${missing.join(', ')}: required when any of ${oidcVariables.join(', ')} is set`);
    return undefined;
  }
  if (env.JOBBNATET_MODE === undefined || env.JOBBNATET_MODE === 'production') {
    problems.push(
      `${oidcVariables.join(', ')}: required in production mode, which is the default (the embedded dev issuer only runs with JOBBNATET_MODE=development)`,
    );
    return undefined;
  }
  return parsed ? { kind: 'dev-issuer', key: parsed.DEV_ISSUER_KEY } : undefined;
}

function subgraphUrls(
  subgraphNames: readonly string[],
  env: Env,
  problems: string[],
): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const variable = subgraphUrlVariable(name);
    const result = httpUrl.safeParse(env[variable]);
    if (result.success) urls[name] = result.data;
    else
      problems.push(
        `${variable}: ${env[variable] === undefined ? 'is required' : 'must be an http(s) URL'}`,
      );
  }
  return urls;
}

/**
 * Reads and validates the configuration. `subgraphNames` come from the supergraph: every subgraph in
 * it needs its `SUBGRAPH_<NAME>_URL`. Throws a ConfigError naming each missing or invalid variable.
 */
export function loadConfig(
  subgraphNames: readonly string[],
  rawEnv: Env = process.env,
): GatewayConfig {
  const env = withoutEmpty(rawEnv);
  const problems: string[] = [];
  const warnings: string[] = [];
  const result = envSchema.safeParse(env);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  const urls = subgraphUrls(subgraphNames, env, problems);
  const auth = authConfig(env, result.success ? result.data : undefined, problems, warnings);
  if (!result.success || !auth || problems.length > 0) throw new ConfigError(problems);
  const parsed = result.data;
  return {
    port: parsed.PORT,
    metricsPort: parsed.METRICS_PORT,
    host: parsed.HOST ?? (parsed.JOBBNATET_MODE === 'development' ? '127.0.0.1' : '0.0.0.0'),
    mode: parsed.JOBBNATET_MODE,
    logLevel: parsed.LOG_LEVEL,
    identitySigningKey: parsed.IDENTITY_SIGNING_KEY,
    identitySigningKeyId: parsed.IDENTITY_SIGNING_KEY_ID,
    auth,
    subgraphUrls: urls,
    limits: {
      maxDepth: parsed.GRAPHQL_MAX_DEPTH,
      maxAliases: parsed.GRAPHQL_MAX_ALIASES,
      maxCost: parsed.GRAPHQL_MAX_COST,
      maxTokens: parsed.GRAPHQL_MAX_TOKENS,
      maxDirectives: parsed.GRAPHQL_MAX_DIRECTIVES,
    },
    warnings,
  };
}
