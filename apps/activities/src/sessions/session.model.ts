import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type CancellationReason,
  cancellationReasons,
  type SessionKind,
  sessionKinds,
  type SessionStatus,
  sessionStatuses,
  type Weekday,
  weekdays,
} from './session-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const SessionKindEnum = enumOf(sessionKinds);
export const SessionStatusEnum = enumOf(sessionStatuses);
export const CancellationReasonEnum = enumOf(cancellationReasons);
export const WeekdayEnum = enumOf(weekdays);
registerEnumType(SessionKindEnum, {
  name: 'SessionKind',
  description:
    'INDIVIDUAL_TASKS individuella uppgifter; GROUP_MEETING gruppträff; LECTURE föreläsning; ' +
    'JOB_SEARCH eget jobbsökande; WORKPLACE tid på arbetsplatsen (praktik, APL); ' +
    'TRAINING utbildningspass; FOLLOW_UP_MEETING uppföljningssamtal.',
});
registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });
registerEnumType(CancellationReasonEnum, { name: 'SessionCancellationReason' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });

@ObjectType('Session', {
  description: 'One session of an offering’s schedule, with room and leader.',
})
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offeringId!: string;

  @Field(() => SessionKindEnum)
  kind!: SessionKind;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field({ description: 'The Swedish calendar day it runs, YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { nullable: true })
  room!: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member leading it.' })
  leader!: string | null;

  @Field(() => SessionStatusEnum)
  status!: SessionStatus;

  @Field(() => CancellationReasonEnum, { nullable: true, description: 'Set when CANCELLED.' })
  cancellationReason!: CancellationReason | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('SessionDay', { description: 'One day of a week’s schedule.' })
export class SessionDayModel {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => WeekdayEnum)
  weekday!: Weekday;

  @Field(() => [SessionModel], { description: 'By start time; cancelled ones included.' })
  sessions!: SessionModel[];
}

@ObjectType('OfferingWeek', {
  description: 'An offering’s week, Monday to Sunday (Europe/Stockholm): the weekly view.',
})
export class OfferingWeekModel {
  @Field(() => ID)
  offeringId!: string;

  @Field({ description: 'The ISO week, e.g. 2027-W03.' })
  week!: string;

  @Field(() => [SessionDayModel], { description: 'Seven days, Monday first.' })
  days!: SessionDayModel[];
}
