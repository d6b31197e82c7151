import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Offering', { description: 'A offering, in the care of an AF office.' })
@Directive('@key(fields: "id")')
export class OfferingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
