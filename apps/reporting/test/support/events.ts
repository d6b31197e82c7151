import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventData, type EventDefinition } from '@jobbnatet/contracts';

/** An event as its producer would publish it, keyed by `subject`. */
export function envelope<D extends EventDefinition>(
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

export const recorder = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
