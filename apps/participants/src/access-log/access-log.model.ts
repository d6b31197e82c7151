import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../participants/participant.model';

@ObjectType('AccessLogEntry', { description: 'One read of a person’s record.' })
export class AccessLogEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) readAt!: Date;
  @Field(() => ID) userId!: string;
  @Field() role!: string;
  @Field(() => ID) participantId!: string;
  @Field(() => [String], { description: 'The fields read.' }) fields!: string[];
  @Field({
    description:
      'CASE_MANAGEMENT, MUNICIPAL_COLLABORATION, ADMINISTRATION, DUPLICATE_CHECK or ERASURE.',
  })
  purpose!: string;
  @Field(() => String, { nullable: true, description: 'An admin’s stated reason.' })
  adminReason!: string | null;
  @Field({ description: 'An admin read personal data: review these.' }) flagged!: boolean;
  @Field() correlationId!: string;
}

@ObjectType('AccessLogConnection')
export class AccessLogConnection {
  @Field(() => [AccessLogEntryModel]) entries!: AccessLogEntryModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType({ description: 'Narrows the access log; every field is optional.' })
export class AccessLogFilterInput {
  @Field(() => ID, { nullable: true }) participantId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only admins’ flagged reads.' })
  flagged?: boolean | null;
}
