import { join } from 'node:path';
import { planService } from './generate-service';
import { InvalidNameError } from './names';

const repoRoot = join(__dirname, '../../..');

describe('planning a new service', () => {
  it('plans the app, its event and journey, and the wiring, writing nothing yet', () => {
    const plan = planService(repoRoot, 'job-tracks', undefined, 1764460800000);
    const paths = plan.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'apps/job-tracks/package.json',
        'apps/job-tracks/src/migrations/1764460800000-CreateJobTrack.ts',
        'apps/job-tracks/src/job-tracks/job-track.entity.ts',
        'apps/job-tracks/test/job-tracks.int-spec.ts',
        'packages/contracts/src/events/job-track-events.ts',
        'packages/contracts/samples/job-track.created.v1.json',
        'tests/e2e/test/job-tracks.e2e-spec.ts',
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
