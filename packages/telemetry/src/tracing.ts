import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  INVALID_SPAN_CONTEXT,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export { SpanKind, type Context, type Span } from '@opentelemetry/api';

let provider: NodeTracerProvider | undefined;

/**
 * Tracing is on only where an OTLP endpoint is configured, by the OpenTelemetry SDK's own variables
 * (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), and off again with
 * `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. Off, every helper here is a no-op.
 */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * Registers the process's tracer provider (W3C trace context, spans batched to OTLP over HTTP) when
 * tracing is configured. Call once, first thing at start; `stopTracing` flushes what is left.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): void {
  if (provider || !tracingConfigured(env)) return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME ?? serviceName,
      'service.namespace': 'jobbnatet',
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
}

export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = undefined;
  await stopping?.shutdown();
}

export function tracingEnabled(): boolean {
  return provider !== undefined;
}

const tracer = () => trace.getTracer('jobbnatet');

/** The W3C `traceparent` of the active span (or of `span`); none while tracing is off. */
export function currentTraceparent(span?: Span): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(span ? trace.setSpan(ROOT_CONTEXT, span) : context.active(), carrier);
  return carrier.traceparent;
}

/** The context a `traceparent` continues; the root context for none or a malformed one. */
export function contextOfTraceparent(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
}

/** Trace and span id of the active span, for log lines and exemplars. */
export function currentTraceIds(): { traceId: string; spanId: string } | undefined {
  const spanContext = trace.getSpanContext(context.active());
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}

export interface SpanOptions {
  kind?: SpanKind;
  /** Ids, names, codes and counts only: spans leave the process, personal data never does. */
  attributes?: Attributes;
  /** The span's parent; the active context by default. */
  parent?: Context;
  links?: Link[];
}

/** A span the caller ends itself (one per event of a batch); only while tracing is on. */
export function startSpan(name: string, options: SpanOptions): Span {
  return tracer().startSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      attributes: options.attributes,
      links: options.links,
    },
    options.parent ?? context.active(),
  );
}

/**
 * Runs `work` in a new span, ended when it settles. A failure marks the span with the error's name
 * only: messages (a database's, a handler's) may quote personal data.
 */
export async function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!provider) return work(trace.wrapSpanContext(INVALID_SPAN_CONTEXT));
  const parent = options.parent ?? context.active();
  const span = startSpan(name, { ...options, parent });
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    markFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

export function markFailed(span: Span, error: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.setAttribute('error.type', error instanceof Error ? error.name : 'unknown');
}

/** A link to the span a `traceparent` names (a batch's member events), if it names one. */
export function linkTo(traceparent: string | undefined): Link | undefined {
  const spanContext = trace.getSpanContext(contextOfTraceparent(traceparent));
  return spanContext && isSpanContextValid(spanContext) ? { context: spanContext } : undefined;
}

/** The span attribute naming the request's correlation id, as log lines do. */
export const correlationAttribute = 'jobbnatet.correlation_id';

/** Longer paths are cut: a span name must stay small whatever a client requests. */
const maxPathLength = 100;

/**
 * Express middleware: a server span per request, continuing the caller's `traceparent`, active for
 * everything the request runs. Health probes are not traced.
 */
export function httpServerSpans(): (
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
  next: () => void,
) => void {
  return (req, res, next) => {
    if (!provider) {
      next();
      return;
    }
    const path = (req.originalUrl ?? req.url ?? '').split('?')[0]!.slice(0, maxPathLength);
    if (path.startsWith('/health')) {
      next();
      return;
    }
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer().startSpan(
      `${req.method} ${path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method ?? '', 'url.path': path },
      },
      parent,
    );
    const end = () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      // The id a user quotes from an error message finds its trace.
      // The gateway echoes the id it chose as `x-request-id`; a subgraph is sent it as a header.
      const correlationId = res.getHeader('x-request-id') ?? req.headers['x-correlation-id'];
      if (typeof correlationId === 'string' && /^[\w.:-]{1,128}$/.test(correlationId))
        span.setAttribute(correlationAttribute, correlationId);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', () => {
      if (!res.writableFinished) end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
