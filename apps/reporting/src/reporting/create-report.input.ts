import { Field, InputType } from '@nestjs/graphql';
import type { ReportInput } from './report-rules';

@InputType()
export class CreateReportInput implements ReportInput {
  @Field({ description: '1–200 characters, at least one of them a letter.' })
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office: your own.' })
  officeId!: string;
}
