import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EventData, EventDefinition } from './event-definition';
import { eventCatalog } from './events';
import { timestamp, uuid } from './scalars';

/** CloudEvents 1.0 structured mode, plus two extension attributes: data version and correlation id. */
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
  data: z.record(z.string(), z.unknown()),
});

export type EventEnvelope<TData = Record<string, unknown>> = Omit<
  z.infer<typeof envelopeSchema>,
  'data'
> & {
  data: TData;
};

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
  data: EventData<D>;
  source: string;
  correlationId: string;
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
    data: parsed.data as EventData<D>,
  };
}

export type ParsedEvent =
  | { ok: true; envelope: EventEnvelope; definition: EventDefinition }
  | { ok: false; error: string };

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
    return { ok: false, error: 'not JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    return { ok: false, error: `invalid envelope: ${issuesOf(envelope.error).join('; ')}` };
  const { type, dataversion } = envelope.data;
  const definition = catalog.find((d) => d.type === type && d.version === dataversion);
  if (!definition) return { ok: false, error: `unknown event ${type} v${dataversion}` };
  const data = definition.consume.safeParse(envelope.data.data);
  if (!data.success)
    return { ok: false, error: `invalid ${type} data: ${issuesOf(data.error).join('; ')}` };
  return { ok: true, envelope: { ...envelope.data, data: data.data }, definition };
}
