import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The monorepo root: this file sits in packages/testing/test. */
export const repoRoot = resolve(__dirname, '../../..');

const maxBytes = 1024 * 1024;
const skippedFolders = new Set(['node_modules', 'dist', '.local', '.tools']);
const lockFiles = new Set([
  'pnpm-lock.yaml',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
]);
// The fixtures hold the published numbers and the library vectors, some of them on purpose not listed.
const fixtureFolder = 'packages/testing/fixtures/';

export interface RepoTextFile {
  /** Path relative to the repo root, with forward slashes as git prints it. */
  path: string;
  text: string;
}

/** Tracked and untracked-but-not-ignored files, as git sees them. */
function gitFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return [...new Set(out.split('\0').filter((path) => path.length > 0))];
}

function skippedByPath(path: string): boolean {
  if (path.startsWith(fixtureFolder)) return true;
  if (lockFiles.has(basename(path)) || path.endsWith('.lock')) return true;
  return path.split('/').some((segment) => skippedFolders.has(segment));
}

/** Regular text files under 1 MB, without lock files, build output and the fixtures. */
export function scannableFiles(): RepoTextFile[] {
  const files: RepoTextFile[] = [];
  for (const path of gitFiles()) {
    if (skippedByPath(path)) continue;
    const absolute = join(repoRoot, path);
    // `--cached` still lists files deleted from the working tree.
    const stat = lstatSync(absolute, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > maxBytes) continue;
    const bytes = readFileSync(absolute);
    if (bytes.includes(0)) continue; // binary
    files.push({ path, text: bytes.toString('utf8') });
  }
  return files;
}
