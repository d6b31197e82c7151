import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import type { z } from 'zod';

export const jobTracksConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('job_tracks'),
});

export type JobTracksConfig = z.infer<typeof jobTracksConfigSchema>;

/** The only reader of process.env in this app. */
export function jobTracksConfig(
  env: Record<string, string | undefined> = process.env,
): JobTracksConfig {
  return loadConfig(jobTracksConfigSchema, env);
}
