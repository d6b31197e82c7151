import { identityVerifyKeys } from '@jobbnatet/contracts';
import { z } from 'zod';
import { eventsConfigShape } from '../kafka/topic-settings';

export const modes = ['development', 'production'] as const;
export type Mode = (typeof modes)[number];

/**
 * What every service needs from its environment. Apps extend it with their own variables.
 * Unset `JOBBNATET_MODE` means production: a forgotten variable must never switch development
 * conveniences on (docs/adr/0015).
 */
export const serviceConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  /** A PostgreSQL server URL; the service connects to its own database on it. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case PostgreSQL identifier'),
  KAFKA_BROKERS: z.string().regex(/^[^,\s]+(,[^,\s]+)*$/, 'host:port[,host:port…]'),
  /**
   * The gateway's Ed25519 public keys as a JSON Web Key Set, each with its `kid`: forwarded
   * identities must verify against one of them. Several during a key rotation.
   */
  IDENTITY_VERIFY_KEYS: z.string().superRefine((jwks, ctx) => {
    try {
      identityVerifyKeys(jwks);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  /** Where to listen; by default 127.0.0.1 in development and every interface in production. */
  HOST: z.string().min(1).optional(),
  /** Where Prometheus scrapes `GET /metrics`: a port of its own, on HOST's interface. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
  JOBBNATET_MODE: z.enum(modes).default('production'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /**
   * The Kafka consumer group of the service's handlers; the service's name by default. Instances of
   * one deployment share it; a second deployment on its own database (a test run) needs its own.
   */
  CONSUMER_GROUP: z
    .string()
    .regex(/^[a-z][a-z0-9_.-]{0,99}$/, 'lower-case letters, digits, _ . -')
    .optional(),
  ...eventsConfigShape,
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

/** The address a service binds: development stays on the machine unless `HOST` says otherwise. */
export function listenHost(config: Pick<ServiceConfig, 'HOST' | 'JOBBNATET_MODE'>): string {
  return config.HOST ?? (config.JOBBNATET_MODE === 'development' ? '127.0.0.1' : '0.0.0.0');
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An empty variable (`FOO=`) counts as unset, as it does for most twelve-factor tooling. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}

/** Validates the environment once at start; the message names every missing or invalid variable. */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
}
