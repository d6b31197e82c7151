import type { EventHandler } from '@jobbnatet/service-kit';
import { Module, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { ReadModelCommandConfig } from '../config';
import type { ReadModel } from './read-model';
import { readModels } from './read-models';

@Module({})
class ReadModelHandlersModule {}

/** The read models named on the command line (all without names); unknown names are refused. */
export function selectReadModels(names: string[]): ReadModel[] {
  const unknown = names.filter((name) => !readModels.some((model) => model.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown read model ${unknown.join(', ')}; known: ${readModels.map((m) => m.name).join(', ')}`,
    );
  return names.length === 0 ? [...readModels] : readModels.filter((m) => names.includes(m.name));
}

/** The handlers as the app would make them (Nest providers), outside the app: no consumer starts. */
export async function handlersOf(
  models: readonly ReadModel[],
): Promise<{ handlers: Map<string, EventHandler[]>; close(): Promise<void> }> {
  const context = await NestFactory.createApplicationContext(
    { module: ReadModelHandlersModule, providers: models.flatMap((m) => m.handlers) },
    { logger: false },
  );
  const handlers = new Map(
    models.map((model) => [model.name, model.handlers.map((type) => context.get(type))]),
  );
  return { handlers, close: () => context.close() };
}

export const serviceGroup = (config: ReadModelCommandConfig) =>
  config.CONSUMER_GROUP ?? 'reporting';

/** Logs go to stderr; stdout carries only the result. */
export const stderrLogger: LoggerService = {
  log: () => undefined,
  warn: (message: unknown) => void process.stderr.write(`${String(message)}\n`),
  error: (message: unknown) => void process.stderr.write(`${String(message)}\n`),
};
