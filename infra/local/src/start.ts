import { startPlatform } from './apps';
import { progress } from './log';
import { up } from './up';

/** `npm start`: the whole platform on this machine, until Ctrl-C. */
async function main(): Promise<void> {
  const infra = await up();
  let stopping = false;
  const platform = await startPlatform(infra, {
    basePort: Number(process.env.PORT ?? 4000),
    databaseSuffix: '',
    output: 'inherit',
  }).catch(async (error: unknown) => {
    await infra.down();
    throw error;
  });
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    progress('jobbnatet', 'stopping…');
    await platform.stop();
    await infra.down();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  const origin = new URL(platform.gatewayUrl).origin;
  process.stderr.write(
    [
      '',
      'Jobbnätet is running.',
      `  GraphQL endpoint:  ${platform.gatewayUrl}`,
      `  Dev login:         POST ${origin}/auth/dev/token  {"username": "officer"}`,
      `  Dev users:         GET  ${origin}/auth/dev/users`,
      '  Send the returned token as "Authorization: Bearer <token>".',
      '  Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  progress('jobbnatet', error instanceof Error ? error.message : String(error));
  process.exit(1);
});
