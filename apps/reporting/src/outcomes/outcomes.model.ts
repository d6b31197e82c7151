import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CountModel, FigureModel } from '../aggregates/reported.model';

@ObjectType('SubsidyKindCount')
export class SubsidyKindCountModel {
  @Field({ description: 'NYSTARTSJOBB, ANSTALLNINGSSTOD, LONEBIDRAG, …' })
  kind!: string;

  @Field(() => CountModel)
  count!: CountModel;
}

@ObjectType('RetentionFigures')
export class RetentionModel {
  @Field(() => Int, { description: '3, 6 or 12 months after the start of the job.' })
  months!: number;

  @Field(() => CountModel, { description: 'Persons in work with a known check at that month.' })
  checked!: CountModel;

  @Field(() => CountModel)
  retained!: CountModel;

  @Field(() => FigureModel)
  share!: FigureModel;
}

@ObjectType('ReportedNotHiredReason')
export class NotHiredReasonCountModel {
  @Field({ description: 'EMPLOYER_DID_NOT_HIRE, SKILLS_GAP, LANGUAGE, HEALTH, …' })
  reasonCode!: string;

  @Field(() => CountModel)
  count!: CountModel;
}

@ObjectType('EvaluationAnswers', {
  description:
    'The published joint evaluations of the cohort’s tracks: answers per track, not per person.',
})
export class EvaluationAnswersModel {
  @Field(() => Int, { description: 'Tracks with a published evaluation.' })
  published!: number;

  @Field(() => Int, { description: 'Of those, saying the need continues.' })
  continuedNeed!: number;

  @Field(() => Int, { description: 'Of those, recommending a change of the method.' })
  changeRecommended!: number;

  @Field(() => Int, { description: 'Of those, put forward as a good example.' })
  goodExamples!: number;

  @Field(() => Int, { description: 'New starts the evaluations plan, summed.' })
  newStarts!: number;
}

@ObjectType('Outcomes', {
  description:
    'Results of the participants admitted to tracks (in the caller’s scope and the filter), counted as Kolada counts work. Aggregates only.',
})
export class OutcomesModel {
  @Field(() => CountModel)
  participants!: CountModel;

  @Field(() => CountModel, { description: 'In work: a counted job after admission.' })
  inWork!: CountModel;

  @Field(() => FigureModel)
  inWorkShare!: FigureModel;

  @Field(() => CountModel, { description: 'In work whose best job is unsubsidised.' })
  unsubsidised!: CountModel;

  @Field(() => CountModel)
  subsidised!: CountModel;

  @Field(() => [SubsidyKindCountModel])
  subsidisedByKind!: SubsidyKindCountModel[];

  @Field(() => CountModel)
  preparatory!: CountModel;

  @Field(() => CountModel, { description: 'In work with a job the officer acquired.' })
  acquired!: CountModel;

  @Field(() => FigureModel, { description: 'Acquired of those in work.' })
  acquiredShare!: FigureModel;

  @Field(() => CountModel, { description: 'Closing result: went on to other interventions.' })
  otherIntervention!: CountModel;

  @Field(() => CountModel, { description: 'Closing result: discontinued.' })
  discontinued!: CountModel;

  @Field(() => FigureModel)
  medianDaysToJob!: FigureModel;

  @Field(() => FigureModel)
  medianDaysToUnsubsidisedJob!: FigureModel;

  @Field(() => [NotHiredReasonCountModel], {
    description: 'Closing results other than employed, by the reason for not being hired.',
  })
  notHiredReasons!: NotHiredReasonCountModel[];

  @Field(() => [RetentionModel])
  retention!: RetentionModel[];

  @Field(() => EvaluationAnswersModel)
  evaluations!: EvaluationAnswersModel;
}

@InputType('OutcomesFilter', {
  description:
    'Every field optional; from and to (YYYY-MM-DD) select the cohort by admission date.',
})
export class OutcomesFilterInput {
  @Field({ nullable: true })
  trackId?: string;

  @Field({ nullable: true })
  officeId?: string;

  @Field({ nullable: true })
  municipalityCode?: string;

  @Field({ nullable: true })
  employerId?: string;

  @Field({ nullable: true })
  from?: string;

  @Field({ nullable: true })
  to?: string;
}
