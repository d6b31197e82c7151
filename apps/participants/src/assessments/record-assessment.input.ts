import { Field, ID, InputType } from '@nestjs/graphql';
import type { AssessmentInput, FactorInput } from './assessment-rules';
import {
  AssessmentFactorEnum,
  SupportInterventionEnum,
  SupportLevelEnum,
} from './assessment.model';

@InputType()
export class FactorAssessmentInput implements FactorInput {
  @Field(() => AssessmentFactorEnum)
  factor!: string;

  @Field(() => SupportLevelEnum)
  level!: string;

  @Field(() => [SupportInterventionEnum], {
    nullable: true,
    description: 'The interventions it calls for; none for NO_OBSTACLE.',
  })
  interventions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'About the interventions, up to 2000 characters.',
  })
  interventionsText?: string | null;
}

@InputType({ description: 'A prerequisites assessment, recorded by the responsible office.' })
export class RecordAssessmentInput implements AssessmentInput {
  @Field(() => ID)
  participantId!: string;

  @Field({ description: 'YYYY-MM-DD: not in the future, not before registration.' })
  assessedOn!: string;

  @Field(() => [FactorAssessmentInput], { description: 'One or more factors, each at most once.' })
  factors!: FactorAssessmentInput[];
}
