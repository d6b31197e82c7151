import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePortPair } from '../src/ports';
import { portAcceptsConnections } from '../src/process-state';

/** What someone running `pnpm infra:up` sees when start-up fails half-way, and what is left. */
/** Runner limit, not an assertion: Kafka starts fully before it is stopped. */
jest.setTimeout(5 * 60_000);

describe('a start-up that fails half-way', () => {
  const localDir = mkdtempSync(join(tmpdir(), 'jobbnatet-failure-'));
  let squatter: Server;
  let takenPort: number;

  beforeAll(async () => {
    // Another program holds the PostgreSQL port; Kafka starts fine meanwhile.
    takenPort = await freePortPair();
    squatter = createServer().listen(takenPort, '127.0.0.1');
    await new Promise((resolve) => squatter.once('listening', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => squatter.close(resolve));
    rmSync(localDir, { recursive: true, force: true });
  });

  it('stops the broker it had started and says in one line what failed and what to do', async () => {
    const kafkaPort = await freePortPair();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      JOBBNATET_LOCAL_DIR: localDir,
      JOBBNATET_KAFKA_PORT: String(kafkaPort),
      JOBBNATET_POSTGRES_PORT: String(takenPort),
    };
    delete env.KAFKA_BROKERS;
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [join(__dirname, '../dist/up.js')], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code).toBe(1);
    const failures = stderr.split('\n').filter((line) => line.startsWith('[infra]'));
    expect(failures).toEqual([
      `[infra] port ${takenPort} is taken by another program; set JOBBNATET_POSTGRES_PORT or DATABASE_URL`,
    ]);
    expect(stderr).not.toMatch(/Unhandled|at .+\(.+:\d+:\d+\)/);
    expect(stderr).toContain('[kafka] stopping the broker');
    expect(await portAcceptsConnections(kafkaPort)).toBe(false);
  });
});
