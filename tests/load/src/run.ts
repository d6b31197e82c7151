import { join } from 'node:path';
import { benchmarks } from './benchmarks';
import { progress } from './support/progress';
import { machineInfo, summaryText, writeResult } from './support/report';
import { teardownAll } from './support/teardown';

/** `node dist/run.js <name>` (what `pnpm bench <name>` runs): one benchmark, a summary, a JSON file. */
async function main(): Promise<number> {
  const name = process.argv[2];
  const benchmark = benchmarks.find((candidate) => candidate.name === name);
  if (!benchmark) {
    process.stderr.write(
      `${name ? `unknown benchmark "${name}"` : 'which benchmark?'} Usage: pnpm bench <name>\n\n`,
    );
    const width = Math.max(...benchmarks.map((candidate) => candidate.name.length));
    for (const candidate of benchmarks)
      process.stderr.write(`  ${candidate.name.padEnd(width)}  ${candidate.description}\n`);
    return 1;
  }

  // Ctrl-C still stops the apps, consumers and what `up()` started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping what the benchmark started`);
      void teardownAll().finally(() => process.exit(130));
    });
  }

  const date = new Date();
  const machine = machineInfo();
  const started = performance.now();
  progress(`running ${benchmark.name}`);
  const result = await benchmark.run();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${summaryText(benchmark, result, machine, date)}`);
  const file = writeResult(join(__dirname, '..', 'results'), benchmark, result, {
    date,
    seconds,
    machine,
    machineAfter: machineInfo(),
  });
  process.stdout.write(`written to ${file} (${seconds.toFixed(0)} s in all)\n`);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    progress(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await teardownAll();
    process.exit(1);
  });
