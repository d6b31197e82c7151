import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import { z } from 'zod';

export const employersConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('employers'),
  /** `keyId:base64` AES-256 keys for organisation numbers and contact persons, the first active. */
  PII_ENCRYPTION_KEYS: z.string().min(1),
  /** `keyId:base64` HMAC keys of the organisation number's blind index, the first active. */
  PII_BLIND_INDEX_KEYS: z.string().min(1),
});

export type EmployersConfig = z.infer<typeof employersConfigSchema>;

/** The only reader of process.env in this app. */
export function employersConfig(
  env: Record<string, string | undefined> = process.env,
): EmployersConfig {
  return loadConfig(employersConfigSchema, env);
}
