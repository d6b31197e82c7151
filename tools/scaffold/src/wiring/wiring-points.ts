import type { TemplateValues } from '../render';
import { addEventToCatalog, addTopic, exportEvent } from './contracts';
import { addE2eDependency } from './e2e';
import { addComposeService, addSubgraphName } from './infra';

/** A file outside the new app that must learn about it, and how. */
export interface WiringPoint {
  file: string;
  edit(source: string, values: TemplateValues): string;
}

/** Every place a new service is wired into; composition finds `apps/*\/schema.graphql` itself. */
export const wiringPoints: readonly WiringPoint[] = [
  { file: 'packages/contracts/src/topics.ts', edit: addTopic },
  { file: 'packages/contracts/src/events/index.ts', edit: addEventToCatalog },
  { file: 'packages/contracts/src/index.ts', edit: exportEvent },
  { file: 'infra/local/src/apps.ts', edit: addSubgraphName },
  { file: 'infra/docker/compose.yaml', edit: addComposeService },
  { file: 'tests/e2e/package.json', edit: addE2eDependency },
];
