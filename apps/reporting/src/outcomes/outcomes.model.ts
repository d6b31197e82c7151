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

  @Field(() => [RetentionModel])
  retention!: RetentionModel[];
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
