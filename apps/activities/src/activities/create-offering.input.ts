import { Field, InputType } from '@nestjs/graphql';
import type { OfferingInput } from './offering-rules';

@InputType()
export class CreateOfferingInput implements OfferingInput {
  @Field({ description: '1–200 characters, at least one of them a letter.' })
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office: your own.' })
  officeId!: string;
}
