import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../employers/employer.model';
import {
  contactKinds,
  contactOutcomes,
  feedbackContexts,
  supportNeedCodes,
} from './employer-work-codes';
import type { WorkOwner } from './employer-work.service';

const enumOf = <T extends string>(codes: readonly T[]) =>
  Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };

export const ContactKindEnum = enumOf(contactKinds);
registerEnumType(ContactKindEnum, { name: 'EmployerContactKind' });
export const ContactOutcomeEnum = enumOf(contactOutcomes);
registerEnumType(ContactOutcomeEnum, { name: 'EmployerContactOutcome' });
export const FeedbackContextEnum = enumOf(feedbackContexts);
registerEnumType(FeedbackContextEnum, {
  name: 'EmployerFeedbackContext',
  description: 'Where the participant was: an internship, workplace training, or employment.',
});
export const SupportNeedEnum = enumOf(supportNeedCodes);
registerEnumType(SupportNeedEnum, { name: 'EmployerSupportNeed' });

@ObjectType('EmployerContact', {
  description:
    'A visit, call, meeting or e-mail an officer had with an employer (arbetsgivarkontakt).',
})
export class EmployerContactModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => ContactKindEnum) kind!: string;
  @Field(() => ContactOutcomeEnum) outcome!: string;
  @Field({ description: 'YYYY-MM-DD.' }) occurredOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'May name people: officers only, null for others.',
  })
  summary!: string | null;
  @Field(() => ID, { description: 'The officer who had the contact.' }) officerId!: string;
  @Field() officeId!: string;
  @Field(() => GraphQLISODateTime) loggedAt!: Date;
}

@ObjectType('EmployerContactConnection')
export class EmployerContactConnection {
  @Field(() => [EmployerContactModel]) nodes!: EmployerContactModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('VacancyFill', { description: 'A participant who got one of the positions.' })
export class VacancyFillModel {
  @Field(() => ID) participantId!: string;
  @Field({ description: 'YYYY-MM-DD.' }) filledOn!: string;
}

@ObjectType('AcquiredVacancy', {
  description: 'A vacancy acquired through an officer’s own employer contact (ackvirerad plats).',
})
export class AcquiredVacancyModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => ID, {
    description:
      'The contact it came from: a participant’s employment outcome refers to it as acquiredThroughContactId.',
  })
  contactId!: string;
  @Field(() => String, { nullable: true, description: 'SSYK 2012, 4 digits.' })
  occupationCode!: string | null;
  @Field(() => Int) positions!: number;
  @Field(() => Int) positionsFilled!: number;
  @Field({ description: 'YYYY-MM-DD.' }) acquiredOn!: string;
  @Field(() => ID) officerId!: string;
  @Field() officeId!: string;
  @Field(() => [VacancyFillModel], {
    nullable: true,
    description: 'Who filled the positions: officers only, null for others.',
  })
  fills!: VacancyFillModel[] | null;
}

@ObjectType('EmployerFeedback', {
  description: 'The employer’s experience and support needs at a follow-up.',
})
export class EmployerFeedbackModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => ID, { nullable: true }) participantId!: string | null;
  @Field(() => FeedbackContextEnum) context!: string;
  @Field(() => Int, { description: '1 (poor) to 5 (very good).' }) experience!: number;
  @Field(() => [SupportNeedEnum]) supportNeeds!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Officers and the employer itself; null for others.',
  })
  comment!: string | null;
  @Field({ description: 'officer or employer_contact.' }) recordedByRole!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}

@ObjectType('EmployerContactKindCount')
export class KindCountModel {
  @Field(() => ContactKindEnum) kind!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('EmployerWork', {
  description:
    'Employer work in a period: contacts that took place in it, vacancies acquired in it, positions filled in it.',
})
export class EmployerWorkModel {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Int) contacts!: number;
  @Field(() => [KindCountModel]) contactsByKind!: KindCountModel[];
  @Field(() => Int) acquiredVacancies!: number;
  @Field(() => Int) positionsAcquired!: number;
  @Field(() => Int) positionsFilled!: number;
  /** Whose work: not in the schema. */
  owner!: WorkOwner;
}
