import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('{{entityPascal}}', { description: 'A {{entityWords}}, in the care of an AF office.' })
@Directive('@key(fields: "id")')
export class {{entityPascal}}Model {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
