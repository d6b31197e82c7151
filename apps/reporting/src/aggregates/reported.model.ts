import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportedCount', {
  description:
    'A count, or null with suppressed when fewer than the minimum group stand behind it.',
})
export class CountModel {
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('ReportedFigure', {
  description: 'A share (0–1) or a median, or null with suppressed under the minimum group size.',
})
export class FigureModel {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;
}
