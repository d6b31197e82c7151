import type { TemplateValues } from '../render';
import { WiringError } from './edit-source';

/** The e2e package depends on every service, so the test pipeline builds it before the journeys. */
export function addE2eDependency(source: string, values: TemplateValues): string {
  const manifest = JSON.parse(source) as { devDependencies?: Record<string, string> };
  const name = `@jobbnatet/${values.serviceKebab}`;
  const devDependencies = manifest.devDependencies ?? {};
  if (name in devDependencies) throw new WiringError(`tests/e2e/package.json: ${name} is listed`);
  // Beside the other services, after the last workspace package.
  const entries = Object.entries(devDependencies);
  const after = entries.findLastIndex(([key]) => key.startsWith('@jobbnatet/')) + 1;
  entries.splice(after, 0, [name, 'workspace:*']);
  manifest.devDependencies = Object.fromEntries(entries);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
