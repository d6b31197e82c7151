import {
  Directive,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { sizeBands } from './employer-codes';

export const SizeBandEnum = Object.fromEntries(sizeBands.map((band) => [band, band])) as {
  [K in (typeof sizeBands)[number]]: K;
};
registerEnumType(SizeBandEnum, {
  name: 'SizeBand',
  description: 'Employees: MICRO 0–9, SMALL 10–49, MEDIUM 50–249, LARGE 250 or more.',
});

@ObjectType('Workplace')
export class WorkplaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Kommunkod of the workplace.' }) municipalityCode!: string;
}

@ObjectType('EmployerContactPerson', { description: 'Someone at the employer officers talk to.' })
export class ContactPersonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('Employer', { description: 'An employer (arbetsgivare) the offices work with.' })
@Directive('@key(fields: "id")')
export class EmployerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Organisationsnummer (NNNNNN-NNNN); officers, admins and the employer itself. A sole trader’s is a personnummer.',
  })
  organisationNumber!: string | null;

  @Field({ description: 'SNI 2007 code of the main industry.' })
  sniCode!: string;

  @Field(() => SizeBandEnum)
  sizeBand!: string;

  @Field(() => [String], { description: 'The Arbetsförmedlingen offices that work with it.' })
  officeIds!: string[];

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => Int, { description: 'Send it back with a change: a stale one is refused.' })
  version!: number;
}

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('EmployerConnection')
export class EmployerConnection {
  @Field(() => [EmployerModel]) nodes!: EmployerModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
