import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DrivingLicenceEnum, LanguageLevelEnum } from './competence.model';

@InputType()
export class LanguageRequirementInput {
  @Field({ description: 'ISO 639-1, e.g. sv.' }) code!: string;
  @Field(() => LanguageLevelEnum) level!: string;
}

@InputType()
export class CompetenceNeedRequirementsInput {
  @Field(() => [String]) skills!: string[];
  @Field(() => [LanguageRequirementInput]) languages!: LanguageRequirementInput[];
  @Field(() => [DrivingLicenceEnum]) licences!: string[];
  @Field(() => [String]) certificates!: string[];
}

@InputType()
export class RecordCompetenceNeedInput {
  @Field(() => ID) employerId!: string;
  @Field({ description: 'SSYK 2012 level-4 code.' }) occupationCode!: string;
  @Field(() => Int, { description: '1–500 people.' }) headcount!: number;
  @Field({ description: 'YYYY-MM-DD.' }) neededFrom!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) neededUntil?: string | null;
  @Field(() => CompetenceNeedRequirementsInput) requirements!: CompetenceNeedRequirementsInput;
}

@InputType()
export class CompetenceInput {
  @Field() name!: string;
  @Field(() => Int, { description: '1–5.' }) level!: number;
  @Field() required!: boolean;
  @Field(() => String, { nullable: true }) taxonomyConceptId?: string | null;
}

@InputType()
export class AgreeCompetenceProfileInput {
  @Field(() => ID) needId!: string;
  @Field({ description: 'SSYK 2012 level-4 code.' }) occupationCode!: string;
  @Field(() => [CompetenceInput]) competences!: CompetenceInput[];
  @Field(() => [LanguageRequirementInput]) languageRequirements!: LanguageRequirementInput[];
}

@InputType({ description: 'The whole new version of a profile.' })
export class ReviseCompetenceProfileInput {
  @Field({ description: 'SSYK 2012 level-4 code.' }) occupationCode!: string;
  @Field(() => [CompetenceInput]) competences!: CompetenceInput[];
  @Field(() => [LanguageRequirementInput]) languageRequirements!: LanguageRequirementInput[];
}
