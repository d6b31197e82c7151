import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import { z } from 'zod';

export const participantsConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('participants'),
  /** `keyId:base64` AES-256 keys for identity numbers at rest, the first one active. */
  PII_ENCRYPTION_KEYS: z.string().min(1),
  /** `keyId:base64` HMAC keys of the identity number's blind index, the first one active. */
  PII_BLIND_INDEX_KEYS: z.string().min(1),
});

export type ParticipantsConfig = z.infer<typeof participantsConfigSchema>;

/**
 * Before blind-index keys had ids there was one `PII_BLIND_INDEX_KEY`; the migration
 * VersionBlindIndex gave its index values the id `legacy`. Read alone, it is that key.
 */
function withLegacyBlindIndexKey(
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  if (env.PII_BLIND_INDEX_KEYS || !env.PII_BLIND_INDEX_KEY) return env;
  return { ...env, PII_BLIND_INDEX_KEYS: `legacy:${env.PII_BLIND_INDEX_KEY}` };
}

/** The only reader of process.env in this app. */
export function participantsConfig(
  env: Record<string, string | undefined> = process.env,
): ParticipantsConfig {
  return loadConfig(participantsConfigSchema, withLegacyBlindIndexKey(env));
}

/** What `pnpm pii:rekey` needs: the database and the PII keys, no identity or Kafka. */
export function rekeyConfig(env: Record<string, string | undefined> = process.env) {
  const schema = participantsConfigSchema.pick({
    DATABASE_URL: true,
    DATABASE_NAME: true,
    PII_ENCRYPTION_KEYS: true,
    PII_BLIND_INDEX_KEYS: true,
    LOG_LEVEL: true,
  });
  return loadConfig(schema, withLegacyBlindIndexKey(env));
}
