import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const appDir = join(__dirname, '..');

interface LintCase {
  filePath: string;
  source: string;
}

/**
 * Lints sources as `pnpm lint` would, with the app's own config, in one child process: the config is
 * ESM, which jest's module system cannot load. Returns each case's no-restricted-imports messages.
 */
function restrictedImports(cases: LintCase[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(cases.map(({ filePath, source }) => eslint.lintText(source, { filePath })))
      .then((results) => process.stdout.write(JSON.stringify(results.map(([r]) => r.messages))));`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: appDir,
    input: JSON.stringify(cases.map((c) => ({ ...c, filePath: join(appDir, c.filePath) }))),
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  const messages = JSON.parse(run.stdout) as { ruleId: string | null; message: string }[][];
  return messages.map((list) =>
    list.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message),
  );
}

const importing = (specifier: string, name: string): string =>
  `import { ${name} } from '${specifier}';\nexport const used = [${name}];\n`;

const forbidden: LintCase[] = [
  {
    filePath: 'src/participants/registration-rules.ts',
    source: importing('@nestjs/common', 'Injectable'),
  },
  {
    filePath: 'src/participants/participant-access.ts',
    source: importing('typeorm', 'DataSource'),
  },
  { filePath: 'src/participants/participant.errors.ts', source: importing('kafkajs', 'Kafka') },
  {
    filePath: 'src/tracks/phase-rules.ts',
    source: importing('@jobbnatet/service-kit', 'DomainError'),
  },
  {
    filePath: 'src/tracks/domain/phase.ts',
    source: importing('./participants.service', 'Service'),
  },
];
const allowed: LintCase[] = [
  {
    filePath: 'src/participants/participants.service.ts',
    source: importing('@nestjs/common', 'Injectable'),
  },
  {
    filePath: 'src/participants/registration-rules.ts',
    source: importing('@jobbnatet/domain-core', 'inScope'),
  },
  {
    filePath: 'src/participants/participant-access.ts',
    source: importing('@jobbnatet/domain-se', 'isOfficeId'),
  },
];

describe('pure domain rules stay framework-free', () => {
  let results: string[][];
  beforeAll(() => {
    results = restrictedImports([...forbidden, ...allowed]);
  });

  it.each(forbidden.map((c, at) => [c.source.split('\n')[0], c.filePath, at] as const))(
    'refuses `%s` in %s',
    (_source, _filePath, at) => {
      expect(results[at]).toEqual(
        expect.arrayContaining([expect.stringMatching(/Pure domain rules import no framework/)]),
      );
    },
  );

  it('lets wiring files import the framework, and pure rules the domain core and Swedish codes', () => {
    expect(results.slice(forbidden.length)).toEqual([[], [], []]);
  });
});
