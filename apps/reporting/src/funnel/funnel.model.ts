import { Field, ObjectType } from '@nestjs/graphql';
import { CountModel } from '../aggregates/reported.model';

@ObjectType('Funnel', {
  description:
    'Persons of one track at each stage of its pipeline, each stage a part of the one before; small groups suppressed. Aggregates only.',
})
export class FunnelModel {
  @Field(() => CountModel, { description: 'Identified as candidates for the track.' })
  identified!: CountModel;

  @Field(() => CountModel, { description: 'Their prerequisites assessed.' })
  prerequisitesAssessed!: CountModel;

  @Field(() => CountModel)
  admitted!: CountModel;

  @Field(() => CountModel, {
    description: 'Admitted who completed the chain: a closing result other than discontinued.',
  })
  completed!: CountModel;

  @Field(() => CountModel, {
    description: 'Admitted in work: a job counted as work, starting after admission.',
  })
  employed!: CountModel;
}
