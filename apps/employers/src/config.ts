import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import type { z } from 'zod';

export const employersConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('employers'),
});

export type EmployersConfig = z.infer<typeof employersConfigSchema>;

/** The only reader of process.env in this app. */
export function employersConfig(
  env: Record<string, string | undefined> = process.env,
): EmployersConfig {
  return loadConfig(employersConfigSchema, env);
}
