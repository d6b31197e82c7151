import { readFileSync } from 'node:fs';
import { platformCpuTimes } from './cpu-time';

/** The platform's apps (this process's children), by name: participants, …, gateway. */
export function appPids(): Map<string, number> {
  const pids = new Map<string, number>();
  for (const [pid, { part }] of platformCpuTimes())
    if (part !== 'kafka' && part !== 'postgresql') pids.set(part, pid);
  return pids;
}

/** CPU milliseconds (user + system) a process has used so far. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A process's resident set in MB (VmRSS), or NaN once it has ended. */
export function rssMbOf(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The highest RSS of each process while sampling runs (every 200 ms). */
export class PeakRss {
  readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: ReadonlyMap<string, number>) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  private sample(): void {
    for (const [name, pid] of this.pids) {
      const rss = rssMbOf(pid);
      if (rss > (this.peaks.get(name) ?? 0)) this.peaks.set(name, rss);
    }
  }
}
