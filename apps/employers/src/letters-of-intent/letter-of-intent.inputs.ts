import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { LetterInput } from './letter-of-intent-rules';
import { PartyEnum } from './letter-of-intent.model';

@InputType('LetterOfIntentSubjectInput', { description: 'A competence need or a job track.' })
export class LetterSubjectInput {
  @Field(() => ID, { nullable: true }) competenceNeedId?: string | null;
  @Field(() => ID, { nullable: true }) jobTrackId?: string | null;
}

@InputType('LetterOfIntentCommitmentsInput', { description: 'Each 0–100.' })
export class CommitmentsInput {
  @Field(() => Int) internshipPlaces!: number;
  @Field(() => Int) interviews!: number;
  @Field(() => Int) intendedHires!: number;
}

@InputType('LetterOfIntentStepInput')
export class StepInput {
  @Field({ description: 'At most 500 characters.' }) description!: string;
  @Field(() => PartyEnum) responsibleParty!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn!: string;
}

@InputType({ isAbstract: true })
abstract class LetterContentInput implements LetterInput {
  @Field(() => LetterSubjectInput, { nullable: true }) subject?: LetterSubjectInput | null;
  @Field(() => CommitmentsInput) commitments!: CommitmentsInput;
  @Field(() => [StepInput]) steps!: StepInput[];
  @Field({ description: 'YYYY-MM-DD.' }) validFrom!: string;
  @Field({ description: 'YYYY-MM-DD.' }) validUntil!: string;
  @Field() preparatoryEmployment!: boolean;
  @Field({ description: 'Kommunkod of the municipality that is a party.' })
  municipalityCode!: string;
}

@InputType()
export class DraftLetterOfIntentInput extends LetterContentInput {
  @Field(() => ID) employerId!: string;
}

@InputType()
export class ChangeLetterOfIntentInput extends LetterContentInput {
  @Field(() => ID) letterId!: string;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
}

@InputType()
export class ApproveLetterOfIntentInput {
  @Field(() => ID) letterId!: string;
  @Field(() => Int, { description: 'The version you approve: a stale one is refused.' })
  version!: number;
  @Field(() => PartyEnum) party!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Required (and only allowed) when an officer approves on the participant’s behalf.',
  })
  reason?: string | null;
}

@InputType()
export class CloseLetterOfIntentInput {
  @Field(() => ID) letterId!: string;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
}
