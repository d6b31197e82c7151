import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import { z } from 'zod';

export const jobTracksConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('job_tracks'),
  /** `keyId:base64` AES-256 keys for follow-up notes and adaptation reasons, the first active. */
  PII_ENCRYPTION_KEYS: z.string().min(1),
  /** `keyId:base64` HMAC keys (the cipher needs them; this service keeps no blind index yet). */
  PII_BLIND_INDEX_KEYS: z.string().min(1),
});

export type JobTracksConfig = z.infer<typeof jobTracksConfigSchema>;

/** The only reader of process.env in this app. */
export function jobTracksConfig(
  env: Record<string, string | undefined> = process.env,
): JobTracksConfig {
  return loadConfig(jobTracksConfigSchema, env);
}
