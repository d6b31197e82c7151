import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Report', { description: 'A report, in the care of an AF office.' })
@Directive('@key(fields: "id")')
export class ReportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
