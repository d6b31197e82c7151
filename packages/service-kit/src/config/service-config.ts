import { z } from 'zod';

/** What every service needs from its environment. Apps extend it with their own variables. */
export const serviceConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(0),
  /** A PostgreSQL server URL; the service connects to its own database on it. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case PostgreSQL identifier'),
  KAFKA_BROKERS: z.string().regex(/^[^,\s]+(,[^,\s]+)*$/, 'host:port[,host:port…]'),
  /** The gateway's Ed25519 public key (SPKI PEM): forwarded identities must verify against it. */
  IDENTITY_VERIFY_KEY: z.string().includes('PUBLIC KEY', { message: 'an SPKI PEM public key' }),
  HOST: z.string().default('127.0.0.1'),
  JOBBNATET_MODE: z.enum(['development', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment once at start; the message names every missing or invalid variable. */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
}
