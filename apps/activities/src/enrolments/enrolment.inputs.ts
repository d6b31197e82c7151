import { Field, ID, InputType } from '@nestjs/graphql';
import { InterruptionReasonEnum } from './enrolment.model';

@InputType()
export class EnrolInput {
  @Field(() => ID, { description: 'A PLANNED, OPEN or RUNNING offering with a seat left.' })
  offeringId!: string;

  @Field(() => ID, { description: 'A participant in your reach.' })
  participantId!: string;
}

@InputType()
export class StartEnrolmentInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startedOn!: string;
}

@InputType()
export class InterruptEnrolmentInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => InterruptionReasonEnum)
  reason!: string;

  @Field({ description: 'YYYY-MM-DD, not before the start.' })
  interruptedOn!: string;
}

@InputType()
export class CompleteEnrolmentInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field({ description: 'YYYY-MM-DD, not before the start.' })
  completedOn!: string;

  @Field({ description: 'Whether the participant got a certificate (intyg).' })
  certificateIssued!: boolean;
}
