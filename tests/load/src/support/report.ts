import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { ratioOf, type Benchmark, type BenchmarkResult } from '../benchmark';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  freeMemoryGiB: number;
  node: string;
  os: string;
  loadAverage: number[];
}

const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;

/** The machine as the run saw it; load average too, since other jobs may share it. */
export function machineInfo(): MachineInfo {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** The commit the run measured, and whether the working tree had changes on top of it. */
export function sourceRevision(): { commit: string; dirty: boolean } | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: __dirname, encoding: 'utf8' });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0) return undefined;
  return {
    commit: head.stdout.trim(),
    dirty: git('status', '--porcelain').stdout.trim().length > 0,
  };
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value
    .toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .replace(/,/g, ' ');
}

/** The one-screen summary: an aligned table of figures, each beside what it is compared with. */
export function summaryText(
  benchmark: Benchmark,
  result: BenchmarkResult,
  machine: MachineInfo,
  date: Date,
): string {
  const header = ['figure', 'value', 'unit', 'compared with', 'ratio'];
  const rows = result.figures.map((figure) => {
    const ratio = ratioOf(figure);
    return [
      figure.label,
      format(figure.value),
      figure.unit,
      figure.compared ? `${figure.compared.with} (${format(figure.compared.value)})` : '',
      ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 1 || column === 4
          ? cell.padStart(widths[column]!)
          : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const source = sourceRevision();
  return [
    `${benchmark.name}: ${benchmark.description}`,
    `commit ${source ? `${source.commit.slice(0, 12)}${source.dirty ? ' (with uncommitted changes)' : ''}` : 'unknown'}`,
    `${date.toISOString()} · ${machine.cpus} × ${machine.cpuModel} · ${machine.memoryGiB} GiB · Node ${machine.node} · load ${machine.loadAverage.join(' ')}`,
    `settings: ${Object.entries(result.settings)
      .map(
        ([name, value]) =>
          `${name}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
      )
      .join(', ')}`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(result.notes.length ? ['', ...result.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}

/** Writes `results/<name>-<timestamp>.json` (git-ignored) and returns its path. */
export function writeResult(
  resultsDir: string,
  benchmark: Benchmark,
  result: BenchmarkResult,
  run: { date: Date; seconds: number; machine: MachineInfo; machineAfter: MachineInfo },
): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(
    resultsDir,
    `${benchmark.name}-${run.date.toISOString().replace(/[:.]/g, '-')}.json`,
  );
  const json = {
    benchmark: benchmark.name,
    description: benchmark.description,
    date: run.date.toISOString(),
    wallClockSeconds: Math.round(run.seconds * 10) / 10,
    source: sourceRevision(),
    machine: run.machine,
    loadAverageAfter: run.machineAfter.loadAverage,
    settings: result.settings,
    figures: result.figures.map((figure) => ({ ...figure, ratio: ratioOf(figure) })),
    notes: result.notes,
    details: result.details,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}
