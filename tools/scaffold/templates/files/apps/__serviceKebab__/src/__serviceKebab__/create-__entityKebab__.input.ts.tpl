import { Field, InputType } from '@nestjs/graphql';
import type { {{entityPascal}}Input } from './{{entityKebab}}-rules';

@InputType()
export class Create{{entityPascal}}Input implements {{entityPascal}}Input {
  @Field({ description: '1–200 characters, at least one of them a letter.' })
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office: your own.' })
  officeId!: string;
}
