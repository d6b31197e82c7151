import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CountModel } from '../aggregates/reported.model';
import { OutcomesFilterInput } from '../outcomes/outcomes.model';

const sek = 'SEK with two decimals as a string ("40000.00"), exact, never a float.';

@ObjectType('ReportedAmount', {
  description: `An amount in ${sek} Null with suppressed when fewer than the minimum group stand behind it.`,
})
export class AmountModel {
  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('ControlBaseline', {
  description:
    'Costs per person of a control group outside the platform, entered by an analyst: per county, ' +
    'admission period and measurement window. An aggregate; no person in it.',
})
export class ControlBaselineModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The county (län), two digits: 01 is Stockholms län.' })
  countyCode!: string;

  @Field({ description: 'First admission day the control group describes (YYYY-MM-DD).' })
  periodFrom!: string;

  @Field({ description: 'Last admission day the control group describes (YYYY-MM-DD).' })
  periodTo!: string;

  @Field(() => Int, { description: 'Months from each admission over which costs were measured.' })
  windowMonths!: number;

  @Field({ description: `Activity-support cost per person, ${sek}` })
  activitySupportPerPerson!: string;

  @Field(() => String, { nullable: true, description: `Intervention cost per person, ${sek}` })
  interventionPerPerson!: string | null;

  @Field(() => Int, { description: 'Persons in the control group.' })
  groupSize!: number;

  @Field(() => Int, { description: '1 when first entered, +1 on each replacement.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was last entered.' })
  setAt!: Date;

  @Field(() => ID, { description: 'The user who last entered it.' })
  setBy!: string;
}

@ObjectType('Costs', {
  description:
    'Costs per person of the admissions in the caller’s scope and the filter, over a window from ' +
    'each admission, against the matching control-group baseline. Aggregates only.',
})
export class CostsModel {
  @Field(() => Int)
  windowMonths!: number;

  @Field(() => CountModel, { description: 'Persons in the cohort (admissions).' })
  participants!: CountModel;

  @Field(() => AmountModel, {
    description: 'Activity support paid within each window (days × daily amount), per person.',
  })
  activitySupportPerPerson!: AmountModel;

  @Field(() => AmountModel, {
    description: 'Intervention places booked within each window, per person.',
  })
  interventionPerPerson!: AmountModel;

  @Field(() => ControlBaselineModel, {
    nullable: true,
    description:
      'The baseline of the filter’s county and window whose period overlaps the cohort’s most; ' +
      'null without a countyCode in the filter or without such a baseline.',
  })
  baseline!: ControlBaselineModel | null;

  @Field(() => AmountModel, {
    nullable: true,
    description: 'Activity support per person, cohort minus baseline (negative: lower).',
  })
  activitySupportDifferencePerPerson!: AmountModel | null;

  @Field(() => AmountModel, {
    nullable: true,
    description:
      'Intervention cost per person, cohort minus baseline; null when the baseline has none.',
  })
  interventionDifferencePerPerson!: AmountModel | null;
}

@InputType('CostsFilter', {
  description:
    'OutcomesFilter’s fields (the same cohort) and the county and window; every field optional.',
})
export class CostsFilterInput extends OutcomesFilterInput {
  @Field({
    nullable: true,
    description:
      'The county (län, two digits): admissions of tracks in its municipalities, and its baseline.',
  })
  countyCode?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Months from each admission, 1–60; 18 if left out.',
  })
  windowMonths?: number;
}

@InputType('SetControlBaselineInput', {
  description:
    'A control group’s costs per person; entering the same county, period and window again ' +
    'replaces it.',
})
export class SetControlBaselineInput {
  @Field({ description: 'The county (län), two digits: 01 is Stockholms län.' })
  countyCode!: string;

  @Field({ description: 'YYYY-MM-DD' })
  periodFrom!: string;

  @Field({ description: 'YYYY-MM-DD, on or after periodFrom.' })
  periodTo!: string;

  @Field(() => Int, { description: '1–60' })
  windowMonths!: number;

  @Field({ description: 'SEK, at most two decimals ("92500" or "92500.00").' })
  activitySupportPerPerson!: string;

  @Field(() => String, { nullable: true, description: 'SEK, at most two decimals.' })
  interventionPerPerson?: string | null;

  @Field(() => Int, { description: 'Persons in the control group, at least 1.' })
  groupSize!: number;
}
