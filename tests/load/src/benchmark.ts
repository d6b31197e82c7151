/** What every benchmark module exports; `run.ts` finds it by name. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<BenchmarkResult>;
}

/** One measured figure, optionally set beside what it is compared with (ratio = value / compared.value). */
export interface Figure {
  label: string;
  value: number;
  unit: string;
  compared?: { with: string; value: number };
}

export interface BenchmarkResult {
  /** How the run was set up (durations, connections, counts), so a figure can be read in context. */
  settings: Record<string, unknown>;
  figures: Figure[];
  /** Anything a reader should know (errors seen, caveats of the measuring point). */
  notes: string[];
  /** Raw numbers behind the figures, written to the JSON only. */
  details?: Record<string, unknown>;
}

export function ratioOf(figure: Figure): number | undefined {
  return figure.compared && figure.compared.value !== 0
    ? figure.value / figure.compared.value
    : undefined;
}
