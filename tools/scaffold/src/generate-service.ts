import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InvalidNameError, serviceNames, type ServiceNames } from './names';
import { renderTree, templateValues, type RenderedFile, type TemplateValues } from './render';
import { wiringPoints } from './wiring/wiring-points';

export const templatesDir = join(__dirname, '..', 'templates', 'files');

export interface ServicePlan {
  names: ServiceNames;
  values: TemplateValues;
  /** New files, and the changed contents of the wiring points, relative to the repository root. */
  files: RenderedFile[];
}

/** The names of the workspace's packages (`@jobbnatet/…`), wherever they live. */
function workspacePackageNames(repoRoot: string): Set<string> {
  const names = new Set<string>();
  for (const group of ['apps', 'packages', 'tools', 'tests', 'infra']) {
    const dir = join(repoRoot, group);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const manifest = join(dir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifest)) continue;
      names.add((JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name);
    }
  }
  return names;
}

/**
 * Everything the generator will write, computed before anything is written: a bad name, an
 * existing service or a moved anchor stops it with the repository untouched.
 */
export function planService(
  repoRoot: string,
  service: string,
  entity?: string,
  now: number = Date.now(),
): ServicePlan {
  const names = serviceNames(service, entity);
  if (existsSync(join(repoRoot, 'apps', names.service.kebab))) {
    throw new InvalidNameError(`apps/${names.service.kebab} already exists`);
  }
  if (workspacePackageNames(repoRoot).has(`@jobbnatet/${names.service.kebab}`)) {
    throw new InvalidNameError(`@jobbnatet/${names.service.kebab} is already a workspace package`);
  }
  const values = templateValues(names, now);
  const created = renderTree(templatesDir, values);
  const existing = created.find((file) => existsSync(join(repoRoot, file.path)));
  if (existing) throw new InvalidNameError(`${existing.path} already exists`);
  const wired = wiringPoints.map((point) => ({
    path: point.file,
    content: point.edit(readFileSync(join(repoRoot, point.file), 'utf8'), values),
  }));
  return { names, values, files: [...created, ...wired] };
}

export function writePlan(repoRoot: string, plan: ServicePlan): void {
  for (const file of plan.files) {
    mkdirSync(dirname(join(repoRoot, file.path)), { recursive: true });
    writeFileSync(join(repoRoot, file.path), file.content);
  }
}

export type Log = (message: string) => void;

function pnpm(repoRoot: string, step: string, args: string[], log: Log): void {
  log(step);
  const { status } = spawnSync('pnpm', args, {
    cwd: repoRoot,
    // Never a prompt: a question pnpm asked would wait on the caller's terminal forever.
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (status !== 0) throw new Error(`${step} failed (pnpm ${args.join(' ')})`);
}

/**
 * Links the new app into the workspace and writes it into the lockfile. Every dependency of a
 * generated service comes from the catalog, already in the store; `--prefer-offline` asks the
 * registry only for the package metadata the local cache lacks (a frozen install never caches it).
 */
function linkIntoWorkspace(repoRoot: string, log: Log): void {
  pnpm(
    repoRoot,
    'linking it into the workspace',
    ['install', '--no-frozen-lockfile', '--prefer-offline'],
    log,
  );
}

/**
 * Makes the written service real: links it into the workspace (updating the lockfile), formats
 * what was written, builds it, prints its schema and composes the supergraph with it.
 */
export function finishService(repoRoot: string, plan: ServicePlan, log: Log): void {
  const pkg = `@jobbnatet/${plan.names.service.kebab}`;
  linkIntoWorkspace(repoRoot, log);
  pnpm(
    repoRoot,
    'formatting',
    ['exec', 'prettier', '--log-level=warn', '--write', ...plan.files.map((file) => file.path)],
    log,
  );
  pnpm(
    repoRoot,
    `building ${pkg}`,
    ['exec', 'turbo', 'run', 'build', `--filter=${pkg}...`, '--output-logs=errors-only'],
    log,
  );
  pnpm(repoRoot, 'printing its schema.graphql', ['--filter', pkg, 'run', 'schema:print'], log);
  pnpm(
    repoRoot,
    'composing the supergraph',
    ['exec', 'turbo', 'run', 'build', '--filter=@jobbnatet/gateway', '--output-logs=errors-only'],
    log,
  );
}
