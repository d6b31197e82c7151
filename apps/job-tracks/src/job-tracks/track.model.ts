import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Track', { description: 'A track, in the care of an AF office.' })
@Directive('@key(fields: "id")')
export class TrackModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
