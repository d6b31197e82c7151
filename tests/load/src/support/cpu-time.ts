import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '@jobbnatet/infra-local';

/**
 * CPU time (user + system) that the platform's processes spend, read from /proc: a measure of
 * cost per operation that, unlike latency, does not grow when the machine is busy with other work.
 * The apps are this process's children (`apps/<name>/dist/main.js`); the broker and the database
 * server are found by this checkout's paths in their command lines, the server with its backends.
 */
export type CpuTimes = Map<number, { part: string; ms: number }>;

const ticksPerSecond = 100;

function processes(): { pid: number; ppid: number; command: string; ms: number }[] {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name in parentheses may hold spaces: the fields after it are space-separated.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      found.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '),
        ms: (ticks * 1000) / ticksPerSecond,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** CPU milliseconds so far per process of the platform, with its part: an app's name, `kafka`, `postgresql`. */
export function platformCpuTimes(): CpuTimes {
  const all = processes();
  const times: CpuTimes = new Map();
  const server = all.find(
    (p) => p.command.includes(`${repoRoot}/.local/postgres`) && p.command.includes(' -D '),
  );
  for (const p of all) {
    const app = /apps\/([a-z-]+)\/dist\/main\.js/.exec(p.command)?.[1];
    if (app && p.ppid === process.pid) times.set(p.pid, { part: app, ms: p.ms });
    else if (p.command.includes(`${repoRoot}/.local/kafka/`))
      times.set(p.pid, { part: 'kafka', ms: p.ms });
    else if (server && (p.pid === server.pid || p.ppid === server.pid))
      times.set(p.pid, { part: 'postgresql', ms: p.ms });
  }
  return times;
}

/**
 * CPU milliseconds per operation for each part between two readings. A process that started in
 * between (a new database backend) counts from its start; one that ended in between is not
 * counted, so the database figure is a lower bound.
 */
export function cpuPerOperation(
  before: CpuTimes,
  after: CpuTimes,
  operations: number,
): { part: string; ms: number }[] {
  const parts = new Map<string, number>();
  for (const [pid, { part, ms }] of after) {
    const earlier = before.get(pid)?.ms ?? 0;
    parts.set(part, (parts.get(part) ?? 0) + (ms - earlier) / operations);
  }
  return [...parts].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
}

/** A benchmark's CPU figures: the whole platform's per operation, then each part's. */
export function cpuFigures(
  cpu: readonly { part: string; ms: number }[],
  operation: string,
): { label: string; value: number; unit: string }[] {
  return [
    {
      label: `CPU per ${operation}, whole platform`,
      value: cpu.reduce((sum, { ms }) => sum + ms, 0),
      unit: 'ms',
    },
    ...cpu.map(({ part, ms }) => ({
      label: `CPU per ${operation}, ${part}`,
      value: ms,
      unit: 'ms',
    })),
  ];
}
