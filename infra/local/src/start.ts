import { startPlatform } from './apps';
import { runCommand } from './lifecycle';
import { up } from './up';

/** `npm start`: the whole platform on this machine, until Ctrl-C. */
runCommand('jobbnatet', async (onStop) => {
  const infra = await up();
  onStop(() => infra.down());
  const platform = await startPlatform(infra, {
    basePort: Number(process.env.PORT ?? 4000),
    databaseSuffix: '',
    output: 'inherit',
  });
  onStop(() => platform.stop());

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
  return 'hold';
});
