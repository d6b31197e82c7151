import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import type { z } from 'zod';

export const activitiesConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('activities'),
});

export type ActivitiesConfig = z.infer<typeof activitiesConfigSchema>;

/** The only reader of process.env in this app. */
export function activitiesConfig(
  env: Record<string, string | undefined> = process.env,
): ActivitiesConfig {
  return loadConfig(activitiesConfigSchema, env);
}
