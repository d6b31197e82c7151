import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ContactPersonInput, EmployerInput, WorkplaceInput } from './employer-rules';
import { SizeBandEnum } from './employer.model';

@InputType()
export class RegisterEmployerInput implements EmployerInput {
  @Field({ description: 'Organisationsnummer, 10 digits with or without hyphen.' })
  organisationNumber!: string;
  @Field() name!: string;
  @Field({ description: 'SNI 2007, five digits.' }) sniCode!: string;
  @Field(() => SizeBandEnum) sizeBand!: string;
  @Field(() => [String], { nullable: true, description: 'Defaults to your own office.' })
  officeIds?: string[] | null;
}

@InputType()
export class AddWorkplaceInput implements WorkplaceInput {
  @Field(() => ID) employerId!: string;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field() name!: string;
  @Field() municipalityCode!: string;
}

@InputType()
export class AddContactPersonInput implements ContactPersonInput {
  @Field(() => ID) employerId!: string;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field() name!: string;
  @Field({ description: 'Their role at the employer (HR, site manager …).' }) role!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType({ description: 'Narrows the list; every field is optional.' })
export class EmployerFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name.' }) name?: string | null;
  @Field(() => String, { nullable: true }) sniCode?: string | null;
  @Field(() => String, { nullable: true }) officeId?: string | null;
}
