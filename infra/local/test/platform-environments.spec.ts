import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformEnvironments } from '../src/apps';
import { devSecrets } from '../src/secrets';

const infra = { databaseUrl: 'postgres://u:p@127.0.0.1:5/postgres', kafkaBrokers: '127.0.0.1:9' };
const services = ['participants', 'job-tracks'] as const;

describe('each app’s environment on the local platform', () => {
  const saved = process.env.JOBBNATET_LOCAL_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'jobbnatet-environments-'));
  process.env.JOBBNATET_LOCAL_DIR = dir;
  const secrets = devSecrets(services);
  afterAll(() => {
    if (saved === undefined) delete process.env.JOBBNATET_LOCAL_DIR;
    else process.env.JOBBNATET_LOCAL_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  const environments = (databaseSuffix: string) =>
    platformEnvironments({}, services, secrets, infra, { basePort: 4400, databaseSuffix });

  it('gives a run on its own databases consumer groups of its own, and development the default', () => {
    const e2e = environments('_e2e').subgraphs;
    expect(e2e['job-tracks']).toMatchObject({
      DATABASE_NAME: 'job_tracks_e2e',
      CONSUMER_GROUP: 'job-tracks_e2e',
    });
    expect(e2e.participants.CONSUMER_GROUP).toBe('participants_e2e');
    expect(environments('').subgraphs['job-tracks']).not.toHaveProperty('CONSUMER_GROUP');
  });

  it('puts each app’s metrics on its own port plus 1000', () => {
    const { gateway, subgraphs } = environments('_e2e');
    expect(
      [gateway, subgraphs.participants, subgraphs['job-tracks']].map((env) => [
        env.PORT,
        env.METRICS_PORT,
      ]),
    ).toEqual([
      ['4400', '5400'],
      ['4401', '5401'],
      ['4402', '5402'],
    ]);
  });
});
