import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  collectDefaultMetrics,
  Counter,
  Histogram,
  Registry,
  type LabelValues,
  type OpenMetricsContentType,
} from 'prom-client';
import { currentTraceIds } from './tracing';

export { Counter, Gauge, Histogram } from 'prom-client';

/**
 * The app's metrics registry, in OpenMetrics text (what Prometheus scrapes, and the format that
 * carries exemplars: a latency sample names the trace it came from), with Node's process metrics
 * (CPU, resident memory, heap, event-loop delay) under `jobbnatet_`.
 */
export type MetricsRegistry = Registry<OpenMetricsContentType>;

export function createMetricsRegistry(service: string): MetricsRegistry {
  const registry = new Registry<OpenMetricsContentType>();
  registry.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'jobbnatet_' });
  return registry;
}

export interface MetricsEndpoint {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` on a listener of its own, apart from the app's port: the scrape is an
 * operator's, and on the gateway the app's port is the public door.
 */
export async function serveMetrics(
  registry: MetricsRegistry,
  port: number,
  host: string,
): Promise<MetricsEndpoint> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The trace a sample belongs to, as an exemplar's labels; none while tracing is off. */
export function exemplarOfCurrentTrace(): Record<string, string> | undefined {
  const ids = currentTraceIds();
  return ids ? { trace_id: ids.traceId, span_id: ids.spanId } : undefined;
}

/** Observes the seconds since `startedAt` (`process.hrtime.bigint()`), the trace as exemplar. */
export function observeSince<L extends string>(
  histogram: Histogram<L>,
  labels: LabelValues<L>,
  startedAt: bigint,
): void {
  histogram.observe({
    labels,
    value: Number(process.hrtime.bigint() - startedAt) / 1e9,
    // Exemplar labels are free-form; prom-client's types tie them to the metric's labels.
    exemplarLabels: exemplarOfCurrentTrace() as LabelValues<L> | undefined,
  });
}

/**
 * Label values a client chooses (operation names) are capped at `limit` distinct ones per process;
 * the rest count as `(other)`, so no request can grow the registry without bound.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return '(other)';
    this.seen.add(value);
    return value;
  }
}

/**
 * A duration histogram in seconds, buckets from 1 ms to 10 s; the registry's own if it has one by
 * that name (several apps in one process, as tests boot them, share the process's registry).
 */
export function latencyHistogram<L extends string>(
  registry: MetricsRegistry,
  name: string,
  help: string,
  labelNames: readonly L[],
): Histogram<L> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Histogram<L>;
  return new Histogram({
    name,
    help,
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
    enableExemplars: true,
  });
}

/** A counter, or the registry's own by that name. */
export function counter<L extends string>(
  registry: MetricsRegistry,
  name: string,
  help: string,
  labelNames: readonly L[],
): Counter<L> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<L>;
  return new Counter({ name, help, labelNames, registers: [registry] });
}
