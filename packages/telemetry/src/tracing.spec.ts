import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { receivedSpans, startOtlpReceiver, type OtlpReceiver } from '@jobbnatet/testing';
import {
  currentTraceIds,
  currentTraceparent,
  inSpan,
  startTracing,
  tracingConfigured,
} from './tracing';

const run = promisify(execFile);

describe('tracing', () => {
  let receiver: OtlpReceiver;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(() => receiver.close());

  it('is off unless an OTLP endpoint is configured, and then changes nothing', async () => {
    expect(tracingConfigured({})).toBe(false);
    expect(
      tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x', OTEL_SDK_DISABLED: 'true' }),
    ).toBe(false);
    startTracing('off');
    const result = await inSpan('work', {}, async () => {
      expect(currentTraceparent()).toBeUndefined();
      expect(currentTraceIds()).toBeUndefined();
      return 42;
    });
    expect(result).toBe(42);
  });

  // In a real Node process: the OTLP exporter loads its HTTP transport by dynamic import, which
  // jest's module sandbox refuses.
  it('exports spans over OTLP, and a traceparent carried elsewhere continues the same trace', async () => {
    const script = `
      const t = require(${JSON.stringify(join(__dirname, '..', 'dist', 'index.js'))});
      t.startTracing('unit-service');
      (async () => {
        let carried, ids;
        await t.inSpan('request', { kind: t.SpanKind.SERVER }, async () => {
          carried = t.currentTraceparent();
          ids = t.currentTraceIds();
        });
        await t.inSpan('consume', { kind: t.SpanKind.CONSUMER, parent: t.contextOfTraceparent(carried) },
          async () => { throw new TypeError('personal data could be here'); }).catch(() => undefined);
        await t.stopTracing();
        process.stdout.write(JSON.stringify({ carried, ids }));
      })();`;
    const { stdout } = await run(process.execPath, ['-e', script], {
      env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint },
    });
    const { carried, ids } = JSON.parse(stdout) as {
      carried: string;
      ids: { traceId: string; spanId: string };
    };
    expect(carried).toBe(`00-${ids.traceId}-${ids.spanId}-01`);

    const spans = (await receivedSpans(receiver.endpoint)).filter((s) => s.traceId === ids.traceId);
    expect(spans.map((s) => s.name).sort()).toEqual(['consume', 'request']);
    const consume = spans.find((s) => s.name === 'consume')!;
    expect(consume).toMatchObject({ service: 'unit-service', parentSpanId: ids.spanId, kind: 5 });
    expect(consume.attributes).toEqual({ 'error.type': 'TypeError' });
    expect(JSON.stringify(spans)).not.toContain('personal data');
  });
});
