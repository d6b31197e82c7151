import { loadConfig, serviceConfigSchema } from '@jobbnatet/service-kit';
import type { z } from 'zod';

export const {{serviceCamel}}ConfigSchema = serviceConfigSchema.extend({
  DATABASE_NAME: serviceConfigSchema.shape.DATABASE_NAME.default('{{serviceSnake}}'),
});

export type {{servicePascal}}Config = z.infer<typeof {{serviceCamel}}ConfigSchema>;

/** The only reader of process.env in this app. */
export function {{serviceCamel}}Config(
  env: Record<string, string | undefined> = process.env,
): {{servicePascal}}Config {
  return loadConfig({{serviceCamel}}ConfigSchema, env);
}
