import { Field, InputType } from '@nestjs/graphql';
import type { TrackInput } from './track-rules';

@InputType()
export class CreateTrackInput implements TrackInput {
  @Field({ description: '1–200 characters, at least one of them a letter.' })
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office: your own.' })
  officeId!: string;
}
