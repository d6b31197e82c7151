import autocannon from 'autocannon';
import { summarize, type Summary } from './stats';

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  durationSeconds: number;
  /** Stop after this many requests instead of after `durationSeconds`. */
  amount?: number;
  connections: number;
  /** Requests per second across all connections at most (autocannon's `overallRate`). */
  overallRate?: number;
  /** The exact body every response must have; others are counted as mismatches. */
  expectBody?: string;
  /** Headers that change with every request (a forwarded identity is accepted once). */
  headersPerRequest?: () => Record<string, string>;
  /** Return every 2xx latency too (to pool the samples of several runs). */
  keepSamples?: boolean;
}

export interface LoadResult {
  durationSeconds: number;
  /** 2xx responses per second over the whole run. */
  requestsPerSecond: number;
  /** Latency of 2xx responses in ms, from autocannon's per-response times (sub-ms resolution). */
  latencyMs: Summary;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  /** Every 2xx latency in ms, when `keepSamples` asked for them. */
  samples?: number[];
}

/** Fresh headers for every request, and the body check autocannon cannot do alongside them. */
function perRequest(
  headers: () => Record<string, string>,
  expectBody: string | undefined,
  onMismatch: () => void,
): autocannon.Request {
  return {
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...headers() } }),
    onResponse: (_status, body) => {
      if (expectBody !== undefined && body !== expectBody) onMismatch();
    },
  };
}

/**
 * One closed-loop autocannon run of POST requests (held to `overallRate` if given); progress bars
 * and tables off.
 */
export function loadTest(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let ownMismatches = 0;
  const onMismatch = () => ownMismatches++;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        body: options.body,
        headers: options.headers,
        ...(options.amount === undefined
          ? { duration: options.durationSeconds }
          : { amount: options.amount }),
        connections: options.connections,
        ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
        // autocannon refuses `expectBody` next to `requests`: a per-request run checks bodies itself.
        ...(options.headersPerRequest === undefined
          ? options.expectBody === undefined
            ? {}
            : { expectBody: options.expectBody }
          : { requests: [perRequest(options.headersPerRequest, options.expectBody, onMismatch)] }),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const ok = result['2xx'];
        resolve({
          durationSeconds: result.duration,
          requestsPerSecond: ok / result.duration,
          latencyMs: summarize(latencies),
          ok,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          mismatches: result.mismatches + ownMismatches,
          ...(options.keepSamples ? { samples: latencies } : {}),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** What went wrong in a run, one line per kind ("gateway: 3 non-2xx of 1200 requests"). */
export function loadProblems(label: string, result: LoadResult): string[] {
  const bad = {
    'non-2xx': result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    'wrong bodies': result.mismatches,
  };
  return Object.entries(bad)
    .filter(([, count]) => count > 0)
    .map(
      ([what, count]) =>
        `${label}: ${count} ${what} of ${result.ok + result.non2xx + result.errors} requests`,
    );
}
