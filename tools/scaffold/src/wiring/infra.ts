import {
  type Document,
  isMap,
  isScalar,
  parseDocument,
  visit,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { TemplateValues } from '../render';
import { appendListItem, WiringError } from './edit-source';

/** `subgraphNames` in infra/local: what `npm start`, e2e and the secrets cover. */
export function addSubgraphName(source: string, values: TemplateValues): string {
  return appendListItem(
    source,
    /(export const subgraphNames = \[)([^\]]*)(\] as const;)/,
    `'${values.serviceKebab}'`,
    'infra/local/src/apps.ts',
  );
}

function anchored(document: Document, anchor: string): Node {
  let found: Node | undefined;
  visit(document, (_key, node) => {
    if (node && typeof node === 'object' && 'anchor' in node && node.anchor === anchor) {
      found = node as Node;
      return visit.BREAK;
    }
    return undefined;
  });
  if (!found) throw new WiringError(`infra/docker/compose.yaml: no &${anchor} anchor`);
  return found;
}

function mapAt(document: Document, path: string[]): YAMLMap {
  const node = document.getIn(path, true);
  if (!isMap(node)) throw new WiringError(`infra/docker/compose.yaml: ${path.join('.')} not found`);
  return node;
}

/** The next free port after every service's `PORT`. */
function nextPort(services: YAMLMap): number {
  const ports = services.items.map((item) => {
    const value = isMap(item.value) ? item.value.getIn(['environment', 'PORT']) : undefined;
    return typeof value === 'number' ? value : 0;
  });
  return Math.max(4000, ...ports) + 1;
}

/**
 * Adds the service to the compose file (built from the shared Dockerfile, on the common service
 * environment) and points the gateway at it. Comments and anchors of the file are kept.
 */
export function addComposeService(source: string, values: TemplateValues): string {
  const document = parseDocument(source, { merge: true });
  const services = mapAt(document, ['services']);
  const name = values.serviceKebab!;
  if (services.has(name)) throw new WiringError(`infra/docker/compose.yaml: ${name} exists`);
  const port = nextPort(services);
  const service = document.createNode({
    build: { context: '../..', dockerfile: 'infra/docker/Dockerfile', args: { APP: name } },
    environment: { PORT: port },
    depends_on: {
      kafka: { condition: 'service_healthy' },
      postgres: { condition: 'service_healthy' },
    },
  });
  const build = service.get('build', true);
  if (isMap(build)) build.flow = true;
  const dependsOn = service.get('depends_on', true);
  if (isMap(dependsOn))
    for (const item of dependsOn.items) if (isMap(item.value)) item.value.flow = true;
  const environment = service.get('environment', true);
  if (!isMap(environment)) throw new WiringError('compose service without an environment');
  environment.items.unshift(
    document.createPair('<<', document.createAlias(anchored(document, 'service-env') as never)),
  );
  // Before the gateway, which comes last as it does at start.
  const gatewayIndex = services.items.findIndex(
    (item) => isScalar(item.key) && item.key.value === 'gateway',
  );
  if (gatewayIndex < 0) throw new WiringError('infra/docker/compose.yaml: no gateway service');
  const key = document.createNode(name);
  key.spaceBefore = true;
  services.items.splice(gatewayIndex, 0, document.createPair(key, service));

  const gatewayEnvironment = mapAt(document, ['services', 'gateway', 'environment']);
  gatewayEnvironment.set(
    `SUBGRAPH_${values.serviceConstant}_URL`,
    `http://${name}:${port}/graphql`,
  );
  const gatewayDependsOn = document.getIn(['services', 'gateway', 'depends_on'], true);
  if (!gatewayDependsOn || !('items' in (gatewayDependsOn as object))) {
    throw new WiringError('infra/docker/compose.yaml: gateway.depends_on not found');
  }
  (gatewayDependsOn as { add(value: unknown): void }).add(name);
  // Prettier lays the file out afterwards; long lines are not folded in between.
  return document.toString({ lineWidth: 0 });
}
