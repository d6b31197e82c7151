import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, found from this package's location (infra/local/dist → ../../..). */
export const repoRoot = resolve(__dirname, '../../..');

/**
 * Everything the local infrastructure writes lives under `.local/` (git-ignored), or under
 * `JOBBNATET_LOCAL_DIR` when set: a second, independent set of servers (the infrastructure's own tests).
 */
export function localDir(...parts: string[]): string {
  const base = process.env.JOBBNATET_LOCAL_DIR ?? join(repoRoot, '.local');
  const dir = join(base, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
