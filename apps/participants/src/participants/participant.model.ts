import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Participant', { description: 'A job seeker (deltagare) in the care of an AF office.' })
@Directive('@key(fields: "id")')
export class ParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Personnummer or samordningsnummer (YYYYMMDD-NNNN); null for roles that may not see it.',
  })
  identityNumber!: string | null;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field({ description: 'Kommunkod of the home municipality.' })
  homeMunicipalityCode!: string;

  @Field({ description: 'The responsible Arbetsförmedlingen office.' })
  officeId!: string;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;
}

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType('ParticipantEdge')
export class ParticipantEdge {
  @Field()
  cursor!: string;

  @Field(() => ParticipantModel)
  node!: ParticipantModel;
}

@ObjectType('ParticipantConnection')
export class ParticipantConnection {
  @Field(() => [ParticipantEdge])
  edges!: ParticipantEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All participants in the caller\u2019s scope.' })
  totalCount!: number;
}
