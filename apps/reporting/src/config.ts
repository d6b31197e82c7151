import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import type { z } from 'zod';

export const reportingConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('reporting'),
});

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;

/** The only reader of process.env in this app. */
export function reportingConfig(
  env: Record<string, string | undefined> = process.env,
): ReportingConfig {
  return loadConfig(reportingConfigSchema, env);
}
