import { z } from 'zod';
import type { Topic } from './topics';

/**
 * An event is data with a type and a version, never a class name. Producers validate with the
 * strict schema (nothing extra, such as a name or a personnummer, can slip in); consumers with the
 * loose one, so that a producer adding an optional field does not break them.
 */
export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TShape extends z.ZodRawShape = z.ZodRawShape,
> {
  type: TType;
  version: TVersion;
  topic: Topic;
  /** `urn:jobbnatet:event:<type>:v<version>`: the envelope's `dataschema`. */
  dataschema: string;
  produce: z.ZodObject<TShape, z.core.$strict>;
  consume: z.ZodObject<TShape, z.core.$loose>;
}

export type EventData<D extends EventDefinition> = z.infer<D['produce']>;

/** The data a consumer gets: parsed by the tolerant schema, so fields added later pass through. */
export type ConsumedData<D extends EventDefinition> = z.infer<D['consume']>;

export function defineEvent<
  TType extends string,
  TVersion extends number,
  TShape extends z.ZodRawShape,
>(
  type: TType,
  version: TVersion,
  topic: Topic,
  shape: TShape,
): EventDefinition<TType, TVersion, TShape> {
  return {
    type,
    version,
    topic,
    dataschema: `urn:jobbnatet:event:${type}:v${version}`,
    produce: z.strictObject(shape),
    consume: z.looseObject(shape),
  };
}
