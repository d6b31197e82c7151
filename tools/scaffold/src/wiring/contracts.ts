import type { TemplateValues } from '../render';
import { addImport, appendListItem, WiringError } from './edit-source';

/** `topics.<serviceCamel>`: the new service's topic, one per aggregate kind. */
export function addTopic(source: string, values: TemplateValues): string {
  const origin = 'packages/contracts/src/topics.ts';
  const opening = /export const topics = \{\n/.exec(source);
  if (!opening) throw new WiringError(`${origin}: "export const topics = {" not found`);
  if (new RegExp(`^\\s+${values.serviceCamel}:`, 'm').test(source)) {
    throw new WiringError(`${origin}: topic ${values.serviceCamel} already exists`);
  }
  const end = source.indexOf('\n} as const;', opening.index);
  if (end < 0) throw new WiringError(`${origin}: the end of topics ("} as const;") not found`);
  const entry = `  ${values.serviceCamel}: 'jobbnatet.${values.serviceKebab}.v1',`;
  return `${source.slice(0, end)}\n${entry}${source.slice(end)}`;
}

const eventName = (values: TemplateValues) => `${values.entityCamel}CreatedV1`;

/** Imports the new event into the catalog and re-exports it. */
export function addEventToCatalog(source: string, values: TemplateValues): string {
  const origin = 'packages/contracts/src/events/index.ts';
  const name = eventName(values);
  let result = addImport(
    source,
    `import { ${name} } from './${values.entityKebab}-events';`,
    origin,
  );
  result = appendListItem(result, /(export \{)([^}]*)(\};)/, name, origin);
  return appendListItem(
    result,
    /(export const eventCatalog: readonly EventDefinition\[\] = \[)([^\]]*)(\];)/,
    name,
    origin,
  );
}

/** Exports the new event from the package. */
export function exportEvent(source: string, values: TemplateValues): string {
  return appendListItem(
    source,
    /(export \{)([^}]*)(\} from '\.\/events';)/,
    eventName(values),
    'packages/contracts/src/index.ts',
  );
}
