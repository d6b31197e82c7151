import {
  Directive,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { languageLevels, licenceCategories, needStatuses } from './competence-codes';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const CompetenceNeedStatusEnum = enumOf(needStatuses);
registerEnumType(CompetenceNeedStatusEnum, {
  name: 'CompetenceNeedStatus',
  description: 'OPEN → BEING_MET → MET; OPEN or BEING_MET → WITHDRAWN; BEING_MET → OPEN.',
});
export const LanguageLevelEnum = enumOf(languageLevels);
registerEnumType(LanguageLevelEnum, {
  name: 'LanguageLevel',
  description: 'CEFR level (GERS): A1–C2.',
});
export const DrivingLicenceEnum = enumOf(licenceCategories);
registerEnumType(DrivingLicenceEnum, {
  name: 'DrivingLicenceCategory',
  description: 'Körkortsbehörighet.',
});
export const CompetenceProfileStatusEnum = { AGREED: 'AGREED' } as const;
registerEnumType(CompetenceProfileStatusEnum, { name: 'CompetenceProfileStatus' });

@ObjectType('Occupation', { description: 'An SSYK 2012 occupation group (level 4), SCB.' })
export class OccupationModel {
  @Field({ description: 'Four digits.' }) code!: string;
  @Field({ description: 'The Swedish name, as SCB writes it.' }) name!: string;
}

@ObjectType('LanguageRequirement')
export class LanguageRequirementModel {
  @Field({ description: 'ISO 639-1.' }) code!: string;
  @Field(() => LanguageLevelEnum) level!: string;
}

@ObjectType('CompetenceNeedRequirements')
export class RequirementsModel {
  @Field(() => [String]) skills!: string[];
  @Field(() => [LanguageRequirementModel]) languages!: LanguageRequirementModel[];
  @Field(() => [DrivingLicenceEnum]) licences!: string[];
  @Field(() => [String]) certificates!: string[];
}

@ObjectType('CompetenceNeed', { description: 'A competence need (kompetensbehov) of an employer.' })
export class CompetenceNeedModel {
  @Field(() => ID) id!: string;
  employerId!: string;
  @Field(() => OccupationModel) occupation!: OccupationModel;
  @Field(() => Int) headcount!: number;
  @Field({ description: 'YYYY-MM-DD.' }) neededFrom!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) neededUntil!: string | null;
  @Field(() => RequirementsModel) requirements!: RequirementsModel;
  @Field(() => CompetenceNeedStatusEnum) status!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}

@ObjectType('Competence')
export class CompetenceModel {
  @Field() name!: string;
  @Field(() => Int, { description: '1 (basic) – 5 (expert).' }) level!: number;
  @Field({ description: 'Required; otherwise meritorious (meriterande).' }) required!: boolean;
  @Field(() => String, { nullable: true, description: 'JobTech taxonomy concept id.' })
  taxonomyConceptId!: string | null;
}

@ObjectType('CompetenceProfileVersion')
export class CompetenceProfileVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => OccupationModel) occupation!: OccupationModel;
  @Field(() => [CompetenceModel]) competences!: CompetenceModel[];
  @Field(() => [LanguageRequirementModel]) languageRequirements!: LanguageRequirementModel[];
  @Field(() => GraphQLISODateTime) agreedAt!: Date;
}

@ObjectType('CompetenceProfile', {
  description: 'A competence profile (kompetensprofil) agreed with the employer for a need.',
})
@Directive('@key(fields: "id")')
export class CompetenceProfileModel extends CompetenceProfileVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) needId!: string;
  employerId!: string;
  @Field(() => CompetenceProfileStatusEnum) status!: string;
}
