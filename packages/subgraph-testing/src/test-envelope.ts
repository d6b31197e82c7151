import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventData, type EventDefinition } from '@jobbnatet/contracts';

/** An event as its producer would publish it, keyed by `subject` (the contract's strict schema). */
export function testEnvelope<D extends EventDefinition>(
  definition: D,
  subject: string,
  data: EventData<D>,
) {
  return createEnvelope(definition, {
    subject,
    subjectSequence: 1,
    data,
    source: '/jobbnatet/test',
    correlationId: `test-${randomUUID()}`,
  });
}
