import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import { z } from 'zod';

export const reportingConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('reporting'),
  /** The fewest persons a shown count, share or median may rest on (small-group suppression). */
  REPORTING_MIN_GROUP_SIZE: z.coerce.number().int().min(2).max(100).default(5),
  /** The region's goal: the share of rollout offices adopting the method partly or fully. */
  REPORTING_ADOPTION_TARGET: z.coerce.number().gt(0).max(1).default(0.75),
});

export type ReportingConfig = z.infer<typeof reportingConfigSchema>;

/** The only reader of process.env in this app. */
export function reportingConfig(
  env: Record<string, string | undefined> = process.env,
): ReportingConfig {
  return loadConfig(reportingConfigSchema, env);
}

/** What `report:publish` needs: the database only (the running service's relay sends its event). */
export const publishCommandConfigSchema = reportingConfigSchema
  .pick({ DATABASE_URL: true, DATABASE_NAME: true, REPORTING_MIN_GROUP_SIZE: true })
  // Quiet by default: stdout carries the command's one-line result.
  .extend({ LOG_LEVEL: serviceConfigSchema.shape.LOG_LEVEL.unwrap().default('warn') });

export type PublishCommandConfig = z.infer<typeof publishCommandConfigSchema>;

export function publishCommandConfig(
  env: Record<string, string | undefined> = process.env,
): PublishCommandConfig {
  return loadConfig(publishCommandConfigSchema, env);
}

/** What the rebuild and checksum commands need: the database as its owner, and Kafka. */
export const readModelCommandConfigSchema = serviceConfigSchema
  .pick({ DATABASE_URL: true, KAFKA_BROKERS: true, LOG_LEVEL: true, CONSUMER_GROUP: true })
  .extend({ DATABASE_NAME: reportingConfigSchema.shape.DATABASE_NAME });

export type ReadModelCommandConfig = z.infer<typeof readModelCommandConfigSchema>;

export function readModelCommandConfig(
  env: Record<string, string | undefined> = process.env,
): ReadModelCommandConfig {
  return loadConfig(readModelCommandConfigSchema, env);
}
