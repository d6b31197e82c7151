import 'reflect-metadata';
import { getMetadataArgsStorage } from 'typeorm';
import type { EntityClass } from './open-data-source';

const APPEND_ONLY = Symbol('jobbnatet:append-only');

/**
 * Marks an entity's table append-only (an access log, say): the service's database role may insert
 * into it and read it, never update, delete or truncate it (docs/adr/0021).
 */
export const AppendOnly = (): ClassDecorator => (target) => {
  Reflect.defineMetadata(APPEND_ONLY, true, target);
};

/** The tables of the entities marked `@AppendOnly()`. */
export function appendOnlyTables(entities: readonly EntityClass[]): string[] {
  return entities
    .filter((entity) => Reflect.getMetadata(APPEND_ONLY, entity) === true)
    .map((entity) => {
      const table = getMetadataArgsStorage().tables.find((args) => args.target === entity);
      if (!table?.name) throw new Error(`@AppendOnly() entity ${entity.name} names no table`);
      return table.name;
    });
}
