import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { subgraphUrlVariable } from '../src/config';
import { readCommittedSupergraph, subgraphNamesOf } from '../src/supergraph';
import { ed25519Pair } from './support/keys';

/** `node dist/main.js` as an operator would run it, with only the variables given here. */
function startMain(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(__dirname, '../dist/main.js')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('starting the gateway', () => {
  const keys = ed25519Pair();
  const configured = {
    IDENTITY_SIGNING_KEY: keys.privateKeyPem,
    IDENTITY_SIGNING_KEY_ID: keys.keyId,
    // Every subgraph of the committed supergraph, at an address nothing answers.
    ...Object.fromEntries(
      subgraphNamesOf(readCommittedSupergraph()).map((name) => [
        subgraphUrlVariable(name),
        'http://127.0.0.1:1/graphql',
      ]),
    ),
  };

  it('refuses to start without JOBBNATET_MODE and OIDC, saying what is missing and what to set', () => {
    const { status, stdout, stderr } = startMain(configured);

    expect(status).toBe(1);
    expect(stdout).toBe('');
    const line = JSON.parse(stderr.trim()) as { level: string; msg: string; problems: string[] };
    expect(line).toMatchObject({ level: 'error', msg: 'invalid gateway configuration' });
    expect(line.problems).toEqual([
      expect.stringMatching(
        /^OIDC_ISSUER, OIDC_JWKS_URL, OIDC_AUDIENCE: required in production mode.*JOBBNATET_MODE=development/,
      ),
    ]);
  });
});
