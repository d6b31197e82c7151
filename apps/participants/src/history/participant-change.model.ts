import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ParticipantChange', {
  description: 'One change of an identity or contact field, with the values before and after.',
})
export class ParticipantChangeModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'identityNumber, givenName, familyName, phone, email or address.' })
  field!: string;
  @Field(() => String, { nullable: true }) oldValue!: string | null;
  @Field(() => String, { nullable: true }) newValue!: string | null;
  @Field(() => ID) changedBy!: string;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
}
