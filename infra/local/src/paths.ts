import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, found from this package's location (infra/local/dist → ../../..). */
export const repoRoot = resolve(__dirname, '../../..');

/** Everything the local infrastructure writes lives under `.local/` (git-ignored). */
export function localDir(...parts: string[]): string {
  const dir = join(repoRoot, '.local', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
