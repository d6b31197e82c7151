import { join } from 'node:path';
import { planService } from './generate-service';
import { InvalidNameError } from './names';

const repoRoot = join(__dirname, '../../..');

describe('planning a new service', () => {
  it('plans the app, its event and journey, and the wiring, writing nothing yet', () => {
    const plan = planService(repoRoot, 'work-surveys', undefined, 1764460800000);
    const paths = plan.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'apps/work-surveys/package.json',
        'apps/work-surveys/src/migrations/1764460800000-CreateWorkSurvey.ts',
        'apps/work-surveys/src/work-surveys/work-survey.entity.ts',
        'apps/work-surveys/test/work-surveys.int-spec.ts',
        'packages/contracts/src/events/work-survey-events.ts',
        'packages/contracts/samples/work-survey.created.v1.json',
        'tests/e2e/test/work-surveys.e2e-spec.ts',
        'infra/local/src/apps.ts',
        'infra/docker/compose.yaml',
      ]),
    );
  });

  it('refuses a service that exists', () => {
    expect(() => planService(repoRoot, 'participants', 'participant')).toThrow(
      new InvalidNameError('apps/participants already exists'),
    );
  });

  it('refuses the name of another workspace package, which the app would shadow', () => {
    expect(() => planService(repoRoot, 'contracts')).toThrow(
      new InvalidNameError('@jobbnatet/contracts is already a workspace package'),
    );
  });
});
