import { assessmentFactors } from '@jobbnatet/contracts';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { codeEnum } from '../participants/participant.model';
import { supportInterventions, supportLevels } from './assessment-rules';

export const AssessmentFactorEnum = codeEnum(
  assessmentFactors,
  'AssessmentFactor',
  'A factor that can stand in the way of completing the track.',
);
export const SupportLevelEnum = codeEnum(
  supportLevels,
  'SupportLevel',
  'How much a factor stands in the way, and how much support it calls for.',
);
export const SupportInterventionEnum = codeEnum(
  supportInterventions,
  'SupportIntervention',
  'A supporting intervention a factor calls for.',
);

@ObjectType('FactorAssessment', {
  description:
    'What an assessment found about one factor. The health factor’s findings are special-category data: only the responsible office reads them; others see that it was assessed, with `withheld` true.',
})
export class FactorAssessmentModel {
  @Field(() => AssessmentFactorEnum)
  factor!: string;

  @Field(() => SupportLevelEnum, { nullable: true, description: 'Null when withheld.' })
  level!: string | null;

  @Field(() => [SupportInterventionEnum], { nullable: true, description: 'Null when withheld.' })
  interventions!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Null when none was written or withheld.' })
  text!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'About the interventions; null when none was written or withheld.',
  })
  interventionsText!: string | null;

  @Field({ description: 'True when the findings exist but are not yours to read.' })
  withheld!: boolean;
}

@ObjectType('Assessment', {
  description: 'A prerequisites assessment (förutsättningar att fullfölja), per factor.',
})
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The day of the assessment, YYYY-MM-DD.' })
  assessedOn!: string;

  @Field(() => ID, { description: 'The officer who made it.' })
  assessedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => [FactorAssessmentModel])
  factors!: FactorAssessmentModel[];
}
