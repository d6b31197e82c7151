import { Field, InputType } from '@nestjs/graphql';
import type { EmployerInput } from './employer-rules';

@InputType()
export class CreateEmployerInput implements EmployerInput {
  @Field({ description: '1–200 characters, at least one of them a letter.' })
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office: your own.' })
  officeId!: string;
}
