import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serviceNames } from '../names';
import { templateValues } from '../render';
import { WiringError } from './edit-source';
import { wiringPoints } from './wiring-points';

const repoRoot = join(__dirname, '../../../..');
const values = templateValues(serviceNames('work-surveys'), 1764460800000);

/** The repository's current file at a wiring point, after the edit for `work-surveys`. */
function wired(file: string): string {
  const point = wiringPoints.find((candidate) => candidate.file === file)!;
  return point.edit(readFileSync(join(repoRoot, file), 'utf8'), values);
}

describe('wiring a new service into the repository as it is now', () => {
  it.each(wiringPoints.map((point) => point.file))(
    'finds its anchors in %s and refuses to wire the same service twice',
    (file) => {
      const point = wiringPoints.find((candidate) => candidate.file === file)!;
      const once = wired(file);
      expect(once).not.toBe(readFileSync(join(repoRoot, file), 'utf8'));
      expect(() => point.edit(once, values)).toThrow(WiringError);
    },
  );

  it('gives the service its own topic', () => {
    expect(wired('packages/contracts/src/topics.ts')).toContain(
      "workSurveys: 'jobbnatet.work-surveys.v1',",
    );
  });

  it('lists the created event in the catalog and exports it', () => {
    const catalog = wired('packages/contracts/src/events/index.ts');
    expect(catalog).toContain("import { workSurveyCreatedV1 } from './work-survey-events';");
    expect(catalog).toMatch(/eventCatalog[^=]*= \[[^\]]*workSurveyCreatedV1,?\s*\]/);
    expect(wired('packages/contracts/src/index.ts')).toMatch(
      /export \{[^}]*workSurveyCreatedV1,?\s*\} from '\.\/events';/,
    );
  });

  it('adds the service to the platform that npm start and e2e run', () => {
    expect(wired('infra/local/src/apps.ts')).toMatch(
      /export const subgraphNames = \[[^\]]*'work-surveys',?\s*\] as const;/,
    );
  });

  it('adds a compose service on the common environment and points the gateway at it', () => {
    const text = wired('infra/docker/compose.yaml');
    const compose = parse(text, { merge: true }) as {
      services: Record<string, { environment: Record<string, unknown>; depends_on: unknown }>;
    };
    const service = compose.services['work-surveys']!;
    const ports = Object.entries(compose.services)
      .filter(([name]) => name !== 'work-surveys')
      .map(([, other]) => Number(other.environment?.PORT ?? 0));
    const port = Math.max(...ports) + 1;
    expect(service.environment).toMatchObject({ KAFKA_BROKERS: 'kafka:9092', PORT: port });
    expect(compose.services.gateway!.environment.SUBGRAPH_WORK_SURVEYS_URL).toBe(
      `http://work-surveys:${port}/graphql`,
    );
    expect(compose.services.gateway!.depends_on).toContain('work-surveys');
    expect(Object.keys(compose.services).at(-1)).toBe('gateway');
    // Its comments stay (the layout is prettier's, afterwards), and services stay apart.
    const original = readFileSync(join(repoRoot, 'infra/docker/compose.yaml'), 'utf8');
    const comments = original.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expect(text).toContain(comment);
    expect(text).toContain('\n\n  work-surveys:\n');
  });

  it('makes the e2e journeys depend on the service, so it is built before they run', () => {
    const manifest = JSON.parse(wired('tests/e2e/package.json')) as {
      devDependencies: Record<string, string>;
    };
    expect(manifest.devDependencies['@jobbnatet/work-surveys']).toBe('workspace:*');
  });
});
