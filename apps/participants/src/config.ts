import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import { z } from 'zod';

export const participantsConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('participants'),
  /** `keyId:base64` AES-256 keys for identity numbers at rest, the first one active. */
  PII_ENCRYPTION_KEYS: z.string().min(1),
  PII_BLIND_INDEX_KEY: z.string().min(1),
});

export type ParticipantsConfig = z.infer<typeof participantsConfigSchema>;

/** The only reader of process.env in this app. */
export function participantsConfig(
  env: Record<string, string | undefined> = process.env,
): ParticipantsConfig {
  return loadConfig(participantsConfigSchema, env);
}
