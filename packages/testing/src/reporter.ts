import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AggregatedResult } from '@jest/test-result';

/**
 * Writes each package's counts to $JOBBNATET_TEST_RESULTS, from which `npm test` prints one
 * summary line for all suites. Without that variable (a plain `jest` run) it does nothing.
 */
export default class ResultFileReporter {
  constructor(private readonly globalConfig: { rootDir: string }) {}

  onRunComplete(_contexts: unknown, results: AggregatedResult): void {
    const dir = process.env.JOBBNATET_TEST_RESULTS;
    if (!dir) return;
    const { name } = JSON.parse(
      readFileSync(join(this.globalConfig.rootDir, 'package.json'), 'utf8'),
    ) as {
      name: string;
    };
    mkdirSync(dir, { recursive: true });
    const summary = {
      name,
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      failedSuites: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
    };
    writeFileSync(join(dir, `${name.replace(/[@/]/g, '_')}.json`), JSON.stringify(summary));
  }
}
