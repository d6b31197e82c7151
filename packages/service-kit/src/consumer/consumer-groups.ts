import type { EventHandler } from './inbox-consumer';

const readModelName = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Splits a service's handlers into consumer groups: those without a read model stay in the service's
 * group, each read model gets `<serviceGroup>.<readModel>`. Within a group, one handler per event
 * type and version (the consumer checks); across groups the same event may be handled once each.
 */
export function consumerGroups(
  serviceGroup: string,
  handlers: readonly EventHandler[],
): Map<string, EventHandler[]> {
  const groups = new Map<string, EventHandler[]>();
  for (const handler of handlers) {
    const { readModel } = handler;
    if (readModel !== undefined && !readModelName.test(readModel))
      throw new Error(`read model "${readModel}" is not kebab-case`);
    const group = readModel === undefined ? serviceGroup : `${serviceGroup}.${readModel}`;
    groups.set(group, [...(groups.get(group) ?? []), handler]);
  }
  return groups;
}
