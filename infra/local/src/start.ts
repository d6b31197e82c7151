import { loadOnFirstStart } from '@jobbnatet/demo-region';
import { startPlatform } from './apps';
import { discardLocalData } from './fresh-start';
import { runCommand } from './lifecycle';
import { up } from './up';

interface DevUser {
  username: string;
  name: string;
  role: string;
  officeId?: string;
  municipalityCode?: string;
  employerId?: string;
  providerId?: string;
}

/** The dev logins as the gateway's dev issuer lists them: one line each, with its scope. */
async function devLogins(origin: string): Promise<string[]> {
  const users = (await (await fetch(`${origin}/auth/dev/users`)).json()) as DevUser[];
  return users.map((user) => {
    const scope =
      user.officeId ??
      (user.municipalityCode && `kommun ${user.municipalityCode}`) ??
      (user.employerId && `employer ${user.employerId}`) ??
      (user.providerId && `provider ${user.providerId}`) ??
      'whole region';
    return `    ${user.username.padEnd(22)} ${user.role.padEnd(22)} ${scope}`;
  });
}

/**
 * The demo region (tools/demo-region) on a first start, into an empty platform. A failure is
 * reported and the platform keeps running: it is usable without the region.
 */
async function demoRegion(origin: string): Promise<string> {
  try {
    const result = await loadOnFirstStart(origin, (line) =>
      process.stderr.write(`[demo-region] ${line}\n`),
    );
    return result === null
      ? 'already loaded'
      : `loaded (${result.created} records in ${result.seconds} s)`;
  } catch (error) {
    return `not loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** `npm start`: the whole platform on this machine, until Ctrl-C; `-- --fresh` empties it first. */
runCommand('jobbnatet', async (onStop) => {
  const unknown = process.argv.slice(2).filter((arg) => arg !== '--fresh');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]} (only --fresh)`);
  if (process.argv.includes('--fresh')) await discardLocalData();
  const infra = await up();
  onStop(() => infra.down());
  const platform = await startPlatform(infra, {
    basePort: Number(process.env.PORT ?? 4000),
    databaseSuffix: '',
    output: 'inherit',
  });
  onStop(() => platform.stop());

  const origin = new URL(platform.gatewayUrl).origin;
  const region = await demoRegion(origin);
  process.stderr.write(
    [
      '',
      'Jobbnätet is running.',
      `  GraphQL endpoint:  ${platform.gatewayUrl}`,
      `  Demo region:       ${region}`,
      `  Dev login:         POST ${origin}/auth/dev/token  {"username": "officer"}`,
      `  Dev users:         GET  ${origin}/auth/dev/users`,
      `  Metrics:           ${platform.metricsUrls.gateway} (gateway; services on the ports after it)`,
      ...(await devLogins(origin)),
      '  Send the returned token as "Authorization: Bearer <token>".',
      '  Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
  return 'hold';
});
