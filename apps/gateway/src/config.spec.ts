import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig, subgraphUrlVariable } from './config';

const ed25519Pem = () =>
  generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const x25519Pem = () =>
  generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const base = {
  IDENTITY_SIGNING_KEY: ed25519Pem(),
  IDENTITY_SIGNING_KEY_ID: 'gw-2026-11',
  SUBGRAPH_PARTICIPANTS_URL: 'http://127.0.0.1:4001/graphql',
};
const development = { ...base, JOBBNATET_MODE: 'development' };
const oidc = {
  OIDC_ISSUER: 'https://login.example.se/realms/jobbnatet',
  OIDC_JWKS_URL: 'https://login.example.se/realms/jobbnatet/protocol/openid-connect/certs',
  OIDC_AUDIENCE: 'jobbnatet-api',
};

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway configuration', () => {
  it('runs as production when JOBBNATET_MODE is unset, refusing to start without OIDC', () => {
    expect(problemsOf(() => loadConfig(['participants'], base))).toEqual([
      expect.stringMatching(
        /^OIDC_ISSUER, OIDC_JWKS_URL, OIDC_AUDIENCE: required in production mode, which is the default/,
      ),
    ]);
  });

  it('runs as production on every interface when JOBBNATET_MODE is unset and OIDC is configured', () => {
    const config = loadConfig(['participants'], { ...base, ...oidc });

    expect(config).toMatchObject({ mode: 'production', host: '0.0.0.0', auth: { kind: 'oidc' } });
  });

  it('binds only the loopback in development, so the dev issuer is not reachable from the network', () => {
    expect(loadConfig(['participants'], development).host).toBe('127.0.0.1');
  });

  it('binds where HOST says, in either mode', () => {
    expect(loadConfig(['participants'], { ...development, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig(['participants'], { ...base, ...oidc, HOST: '10.0.0.5' }).host).toBe(
      '10.0.0.5',
    );
  });

  it('in development uses port 4000, the dev issuer and the standard limits', () => {
    const config = loadConfig(['participants'], development);

    expect(config).toMatchObject({
      port: 4000,
      mode: 'development',
      identitySigningKeyId: 'gw-2026-11',
      auth: { kind: 'dev-issuer' },
      subgraphUrls: { participants: 'http://127.0.0.1:4001/graphql' },
      limits: { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 10 },
    });
  });

  it('names every missing variable at once', () => {
    expect(
      problemsOf(() =>
        loadConfig(['participants', 'job-tracks'], { JOBBNATET_MODE: 'development' }),
      ),
    ).toEqual([
      'IDENTITY_SIGNING_KEY: is required',
      'IDENTITY_SIGNING_KEY_ID: is required',
      'SUBGRAPH_PARTICIPANTS_URL: is required',
      'SUBGRAPH_JOB_TRACKS_URL: is required',
    ]);
  });

  it('derives a subgraph URL variable from a hyphenated name', () => {
    expect(subgraphUrlVariable('job-tracks')).toBe('SUBGRAPH_JOB_TRACKS_URL');
  });

  it('refuses a signing key that is not Ed25519, without echoing the key', () => {
    const key = x25519Pem();

    const problems = problemsOf(() =>
      loadConfig(['participants'], { ...development, IDENTITY_SIGNING_KEY: key }),
    );

    expect(problems).toEqual([
      'IDENTITY_SIGNING_KEY: must be an Ed25519 private key in PKCS#8 PEM form',
    ]);
  });

  it('refuses a subgraph URL that is not http(s)', () => {
    const problems = problemsOf(() =>
      loadConfig(['participants'], {
        ...development,
        SUBGRAPH_PARTICIPANTS_URL: 'ftp://participants/graphql',
      }),
    );

    expect(problems).toEqual(['SUBGRAPH_PARTICIPANTS_URL: must be an http(s) URL']);
  });

  it('refuses production mode without OIDC, since the dev issuer is development only', () => {
    const problems = problemsOf(() =>
      loadConfig(['participants'], { ...base, JOBBNATET_MODE: 'production' }),
    );

    expect(problems).toEqual([
      expect.stringMatching(/^OIDC_ISSUER, OIDC_JWKS_URL, OIDC_AUDIENCE: required in production/),
    ]);
  });

  it('uses OIDC in production mode when it is configured', () => {
    const config = loadConfig(['participants'], { ...base, ...oidc, JOBBNATET_MODE: 'production' });

    expect(config.auth).toEqual({
      kind: 'oidc',
      issuer: oidc.OIDC_ISSUER,
      jwksUrl: oidc.OIDC_JWKS_URL,
      audience: oidc.OIDC_AUDIENCE,
    });
  });

  it('warns that a dev issuer key is ignored once OIDC is configured', () => {
    const config = loadConfig(['participants'], {
      ...development,
      ...oidc,
      DEV_ISSUER_KEY: ed25519Pem(),
    });

    expect(config.warnings).toEqual(['DEV_ISSUER_KEY is ignored: OIDC is configured']);
  });

  it('names the missing half of a partial OIDC configuration', () => {
    const problems = problemsOf(() =>
      loadConfig(['participants'], { ...development, OIDC_ISSUER: oidc.OIDC_ISSUER }),
    );

    expect(problems).toEqual([
      expect.stringMatching(/^OIDC_JWKS_URL, OIDC_AUDIENCE: required when/),
    ]);
  });

  it('refuses a mode other than development or production, whatever NODE_ENV says', () => {
    const problems = problemsOf(() =>
      loadConfig(['participants'], { ...base, JOBBNATET_MODE: 'staging' }),
    );

    expect(problems).toEqual(['JOBBNATET_MODE: must be one of development, production']);
  });

  it('reads the query limits from the environment', () => {
    const config = loadConfig(['participants'], {
      ...development,
      GRAPHQL_MAX_DEPTH: '7',
      GRAPHQL_MAX_COST: '900',
    });

    expect(config.limits).toMatchObject({ maxDepth: 7, maxCost: 900 });
  });

  it('refuses a limit that is not a positive integer', () => {
    const problems = problemsOf(() =>
      loadConfig(['participants'], { ...development, GRAPHQL_MAX_ALIASES: '-1' }),
    );

    expect(problems).toEqual(['GRAPHQL_MAX_ALIASES: must be a positive integer']);
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig(['participants'], { ...development, PORT: '', OIDC_ISSUER: '' });

    expect(config).toMatchObject({ port: 4000, auth: { kind: 'dev-issuer' } });
  });
});
