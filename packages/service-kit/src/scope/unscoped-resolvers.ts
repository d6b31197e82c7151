import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import {
  GraphQLSchemaHost,
  RESOLVER_NAME_METADATA,
  RESOLVER_REFERENCE_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import { isUnionType, type GraphQLSchema } from 'graphql';
import { resolveAccess, SCOPE_POLICY } from './scoped.decorator';

// Federation's own fields: the identity middleware guards them, `_entities` resolves through the
// entity types' `__resolveReference`, which is audited below.
const federationFields = new Set(['_service', '_entities']);

/** `Query.x`, `Mutation.y` and `Entity.__resolveReference` for everything the schema serves. */
function entryPoints(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const fields = roots.flatMap((root) =>
    root
      ? Object.keys(root.getFields())
          .filter((field) => !federationFields.has(field))
          .map((field) => `${root.name}.${field}`)
      : [],
  );
  const entities = schema.getType('_Entity');
  const references = isUnionType(entities)
    ? entities.getTypes().map((type) => `${type.name}.__resolveReference`)
    : [];
  return [...fields, ...references];
}

function readsAccess(instance: object, methodName: string): boolean {
  const params = (Reflect.getMetadata(ROUTE_ARGS_METADATA, instance.constructor, methodName) ??
    {}) as Record<string, { factory?: unknown }>;
  return Object.values(params).some((param) => param.factory === resolveAccess);
}

/** Resolver methods that carry a `@Scoped` policy and read it through `@CurrentAccess()`. */
function scopedEntryPoints(app: INestApplication): Set<string> {
  const scoped = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      const classType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, instance.constructor) as
        | string
        | undefined;
      for (const methodName of Object.getOwnPropertyNames(prototype)) {
        // Descriptors, not property reads: providers have getters that must not run here.
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, methodName)?.value;
        if (typeof method !== 'function') continue;
        if (
          !Reflect.hasMetadata(SCOPE_POLICY, method as object) ||
          !readsAccess(instance, methodName)
        )
          continue;
        if (Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, method) === true) {
          scoped.add(`${classType}.__resolveReference`);
          continue;
        }
        const type = (Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) ?? classType) as string;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) ?? methodName) as string;
        scoped.add(`${type}.${name}`);
      }
    }
  }
  return scoped;
}

/**
 * Every root field and entity resolver of a running subgraph that bypasses the scope mechanism
 * (no `@Scoped` policy, or a policy it never reads through `@CurrentAccess()`). Empty is correct.
 */
export function unscopedResolvers(app: INestApplication): string[] {
  const scoped = scopedEntryPoints(app);
  return entryPoints(app.get(GraphQLSchemaHost).schema).filter((entry) => !scoped.has(entry));
}
