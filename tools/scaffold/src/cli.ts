import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { InvalidNameError } from './names';
import { finishService, planService, writePlan } from './generate-service';
import { WiringError } from './wiring/edit-source';

const usage =
  'usage: pnpm new:service <name> [--entity <singular>]   (e.g. pnpm new:service employers)';

function repoRootFrom(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${start}`);
  }
}

function main(): number {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { entity: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [service, ...extra] = positionals;
  if (values.help || !service || extra.length > 0) {
    process.stderr.write(`${usage}\n`);
    return values.help ? 0 : 2;
  }
  const log = (message: string) => process.stdout.write(`[new:service] ${message}\n`);
  const repoRoot = repoRootFrom(process.cwd());
  let plan;
  try {
    plan = planService(repoRoot, service, values.entity);
  } catch (error) {
    if (error instanceof InvalidNameError || error instanceof WiringError) {
      process.stderr.write(`[new:service] ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  writePlan(repoRoot, plan);
  log(`wrote ${plan.files.length} files for apps/${plan.names.service.kebab}`);
  finishService(repoRoot, plan, log);
  const { service: s, entity: e } = plan.names;
  log(
    [
      `apps/${s.kebab} is ready: ${e.pascal} with create${e.pascal} and ${e.camel}(id), event ${plan.values.eventType}.`,
      'Next: describe the service in its README, shape the aggregate, re-run `pnpm schema:print` in the app',
      'after changing resolvers, and run `npm test`. `git status` shows every file it wrote or changed.',
    ].join('\n  '),
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`[new:service] ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write(
    '[new:service] `git status` shows what was written; `git stash -u` takes it back.\n',
  );
  process.exitCode = 1;
}
