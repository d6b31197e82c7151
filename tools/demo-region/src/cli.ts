#!/usr/bin/env node
import { loadDemoRegion } from './load';

/** `node dist/cli.js [gateway origin]`: loads the demo region; prints what it created. */
async function main(): Promise<void> {
  const gatewayUrl =
    process.argv[2] ??
    process.env.JOBBNATET_GATEWAY_URL ??
    `http://127.0.0.1:${process.env.PORT ?? 4000}`;
  const result = await loadDemoRegion({
    gatewayUrl,
    log: (line) => process.stderr.write(`[demo-region] ${line}\n`),
  });
  process.stderr.write(
    `[demo-region] ${result.created === 0 ? 'already loaded' : `created ${result.created} records`} in ${result.seconds} s\n`,
  );
  process.stdout.write(`${JSON.stringify(result.counts, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[demo-region] failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
