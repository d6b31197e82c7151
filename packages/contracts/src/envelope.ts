import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConsumedData, EventData, EventDefinition } from './event-definition';
import { eventCatalog } from './events';
import { timestamp, uuid } from './scalars';

/**
 * CloudEvents 1.0 structured mode, plus extension attributes: data version, correlation id,
 * `subjectsequence`, the event's 1-based position among its subject's (aggregate's) events: gap-free
 * and strictly increasing, so a consumer can tell a missing or repeated event (events written before
 * the sequence existed have none, so it is optional when reading), and, when the writer was traced,
 * `traceparent` (the CloudEvents distributed-tracing extension: W3C trace context).
 */
export const envelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: uuid,
  source: z.string().min(1),
  type: z.string().min(1),
  subject: z.string().min(1),
  time: timestamp,
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().min(1),
  dataversion: z.number().int().positive(),
  correlationid: z.string().min(1),
  subjectsequence: z.number().int().positive().optional(),
  traceparent: z
    .string()
    .regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/, 'a W3C traceparent')
    .optional(),
  data: z.record(z.string(), z.unknown()),
});

export type EventEnvelope<TData = Record<string, unknown>> = Omit<
  z.infer<typeof envelopeSchema>,
  'data'
> & {
  data: TData;
};

/** An event as a consumer's handler receives it: envelope checked, data parsed by its definition. */
export type ConsumedEvent<D extends EventDefinition> = EventEnvelope<ConsumedData<D>>;

/** Thrown when an event does not match its schema: the producer must not publish it. */
export class EventSchemaError extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: string[],
  ) {
    super(`event ${eventType} does not match its schema: ${issues.join('; ')}`);
    this.name = 'EventSchemaError';
  }
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

export interface NewEvent<D extends EventDefinition> {
  /** The aggregate id: also the Kafka key, so one aggregate's events keep their order. */
  subject: string;
  /** This event's position among its subject's events; the outbox assigns it. */
  subjectSequence: number;
  data: EventData<D>;
  source: string;
  correlationId: string;
  /** The writer's trace context, when it was traced. */
  traceparent?: string;
  time?: Date;
}

/** Builds an envelope, refusing data that fails the definition's strict schema. */
export function createEnvelope<D extends EventDefinition>(
  definition: D,
  event: NewEvent<D>,
): EventEnvelope<EventData<D>> {
  const parsed = definition.produce.safeParse(event.data);
  if (!parsed.success) throw new EventSchemaError(definition.type, issuesOf(parsed.error));
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: event.source,
    type: definition.type,
    subject: event.subject,
    time: (event.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: definition.dataschema,
    dataversion: definition.version,
    correlationid: event.correlationId,
    subjectsequence: event.subjectSequence,
    ...(event.traceparent ? { traceparent: event.traceparent } : {}),
    data: parsed.data as EventData<D>,
  };
}

/** Why an event cannot be applied; the dead-letter topic carries it as a header. */
export type RefusalReason = 'malformed' | 'unknown-type' | 'unknown-version' | 'invalid-data';

export type ParsedEvent =
  | { ok: true; envelope: EventEnvelope; definition: EventDefinition }
  | { ok: false; reason: RefusalReason; error: string; type?: string };

/**
 * Reads an event from the wire: a valid envelope whose type and version the catalog knows and
 * whose data passes the tolerant consumer schema. Anything else is refused, never half-applied.
 */
export function parseEvent(
  bytes: Buffer | string,
  catalog: readonly EventDefinition[] = eventCatalog,
): ParsedEvent {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString());
  } catch {
    return { ok: false, reason: 'malformed', error: 'not JSON' };
  }
  // A type outside the catalog is refused before the envelope is validated: a consumer skipping
  // the types it does not handle pays for one JSON parse, not a validation.
  const type = (json as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && !catalog.some((d) => d.type === type))
    return { ok: false, reason: 'unknown-type', error: `unknown event ${type}`, type };
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    return {
      ok: false,
      reason: 'malformed',
      error: `invalid envelope: ${issuesOf(envelope.error).join('; ')}`,
    };
  const { type: knownType, dataversion } = envelope.data;
  const definition = catalog.find((d) => d.type === knownType && d.version === dataversion);
  // The type is in the catalog (checked above), so only its version can be unknown.
  if (!definition)
    return {
      ok: false,
      reason: 'unknown-version',
      error: `unknown event ${knownType} v${dataversion}`,
      type: knownType,
    };
  const data = definition.consume.safeParse(envelope.data.data);
  if (!data.success)
    return {
      ok: false,
      reason: 'invalid-data',
      error: `invalid ${knownType} data: ${issuesOf(data.error).join('; ')}`,
    };
  return { ok: true, envelope: { ...envelope.data, data: data.data }, definition };
}
