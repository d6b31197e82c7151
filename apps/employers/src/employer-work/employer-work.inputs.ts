import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ContactInput, FeedbackInput, VacancyInput } from './employer-work-rules';
import {
  ContactKindEnum,
  ContactOutcomeEnum,
  FeedbackContextEnum,
  SupportNeedEnum,
} from './employer-work.model';

@InputType()
export class LogEmployerContactInput implements ContactInput {
  @Field(() => ID) employerId!: string;
  @Field(() => ContactKindEnum) kind!: string;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) occurredOn!: string;
  @Field(() => ContactOutcomeEnum) outcome!: string;
  @Field(() => String, { nullable: true, description: 'At most 1000 characters; encrypted.' })
  summary?: string | null;
}

@InputType()
export class RecordAcquiredVacancyInput implements VacancyInput {
  @Field(() => ID) employerId!: string;
  @Field(() => ID, { description: 'The logged contact with this employer it came from.' })
  contactId!: string;
  @Field(() => String, { nullable: true, description: 'SSYK 2012, 4 digits.' })
  occupationCode?: string | null;
  @Field(() => Int, { description: '1–100.' }) positions!: number;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) acquiredOn!: string;
}

@InputType()
export class RecordEmployerFeedbackInput implements FeedbackInput {
  @Field(() => ID) employerId!: string;
  @Field(() => ID, { nullable: true }) participantId?: string | null;
  @Field(() => FeedbackContextEnum) context!: string;
  @Field(() => Int, { description: '1–5.' }) experience!: number;
  @Field(() => [SupportNeedEnum]) supportNeeds!: string[];
  @Field(() => String, { nullable: true, description: 'At most 1000 characters; encrypted.' })
  comment?: string | null;
}
