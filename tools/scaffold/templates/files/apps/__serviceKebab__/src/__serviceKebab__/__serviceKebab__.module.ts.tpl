import type { EventHandler } from '@jobbnatet/service-kit';
import { Module, type Type } from '@nestjs/common';
import { {{entityPascal}}Entity } from './{{entityKebab}}.entity';
import { {{servicePascal}}Resolver } from './{{serviceKebab}}.resolver';
import { {{servicePascal}}Service } from './{{serviceKebab}}.service';

/** The tables this service maps (the kit adds its own). */
export const {{serviceCamel}}Entities = [{{entityPascal}}Entity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const {{serviceCamel}}Resolvers = [{{servicePascal}}Resolver];

/** The event handlers this service consumes (the kit's `consumes`), each provided by a module. */
export const {{serviceCamel}}Handlers: Type<EventHandler>[] = [];

@Module({ providers: [{{servicePascal}}Resolver, {{servicePascal}}Service] })
export class {{servicePascal}}Module {}
