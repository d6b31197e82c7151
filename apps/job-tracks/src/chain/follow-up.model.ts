import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { JobTrackModel } from '../core/job-track.model';
import {
  adjustmentAreas,
  employerExperiences,
  employerSupportNeeds,
  type MeetingKind,
  type MeetingStatus,
  participantSupportNeeds,
  progressions,
  qualityRatings,
  transitionRatings,
} from './follow-up-rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const QualityEnum = enumOf(qualityRatings);
registerEnumType(QualityEnum, {
  name: 'FollowUpQuality',
  description: 'How well the interventions work.',
});
export const TransitionsEnum = enumOf(transitionRatings);
registerEnumType(TransitionsEnum, {
  name: 'FollowUpTransitions',
  description: 'How the transitions between interventions go.',
});
export const ProgressionEnum = enumOf(progressions);
registerEnumType(ProgressionEnum, { name: 'ParticipantProgression' });
export const ParticipantSupportEnum = enumOf(participantSupportNeeds);
registerEnumType(ParticipantSupportEnum, { name: 'ParticipantSupportNeed' });
export const ExperienceEnum = enumOf(employerExperiences);
registerEnumType(ExperienceEnum, { name: 'EmployerExperience' });
export const EmployerSupportEnum = enumOf(employerSupportNeeds);
registerEnumType(EmployerSupportEnum, { name: 'FollowUpEmployerSupportNeed' });
export const AdjustmentAreaEnum = enumOf(adjustmentAreas);
registerEnumType(AdjustmentAreaEnum, {
  name: 'AdjustmentArea',
  description: 'What an adjustment changes: support, interventions or the timeline.',
});
export const MeetingKindEnum = enumOf<MeetingKind>(['DURING_IMPLEMENTATION', 'AFTER_EMPLOYMENT']);
registerEnumType(MeetingKindEnum, { name: 'FollowUpMeetingKind' });
export const MeetingStatusEnum = enumOf<MeetingStatus>(['RECORDED', 'OVERDUE', 'DUE', 'UPCOMING']);
registerEnumType(MeetingStatusEnum, {
  name: 'FollowUpMeetingStatus',
  description: 'OVERDUE: its day (Swedish time) has passed with no follow-up recorded.',
});

@ObjectType('FollowUpSchedule')
export class FollowUpScheduleModel {
  trackId!: string;

  @Field(() => Int)
  everyDays!: number;

  @Field({ description: 'YYYY-MM-DD: the first meeting.' })
  fromDate!: string;

  @Field({ description: 'YYYY-MM-DD: no regular meeting after it.' })
  untilDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the planned employment start.' })
  employmentStart!: string | null;

  @Field(() => [Int])
  afterEmploymentMonths!: number[];

  @Field(() => String, { nullable: true, description: 'The template it came from, if any.' })
  templateCode!: string | null;
}

@InputType()
export class SetFollowUpScheduleInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => Int, { description: '1–365.' })
  everyDays!: number;

  @Field()
  fromDate!: string;

  @Field()
  untilDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Needed when afterEmploymentMonths is not empty.',
  })
  employmentStart?: string | null;

  @Field(() => [Int], { defaultValue: [] })
  afterEmploymentMonths!: number[];
}

@ObjectType('FollowUpMeeting', { description: 'A meeting of the schedule and where it stands.' })
export class FollowUpMeetingModel {
  @Field()
  dueDate!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => ID, { nullable: true })
  followUpId!: string | null;
}

@ObjectType('OverdueFollowUp')
export class OverdueFollowUpModel {
  @Field(() => ID)
  trackId!: string;

  @Field(() => JobTrackModel)
  track!: JobTrackModel;

  @Field()
  dueDate!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field(() => Int)
  daysOverdue!: number;
}

@ObjectType('ParticipantProgress')
export class ParticipantProgressModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => ProgressionEnum)
  progression!: string;

  @Field(() => [ParticipantSupportEnum])
  supportNeeds!: string[];

  @Field(() => String, { nullable: true, description: 'Shown to the track’s team only.' })
  note!: string | null;
}

@ObjectType('EmployerFollowUp')
export class EmployerFollowUpModel {
  @Field(() => ID)
  employerId!: string;

  @Field(() => ExperienceEnum)
  experience!: string;

  @Field(() => [EmployerSupportEnum])
  supportNeeds!: string[];

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType('FollowUp', {
  description:
    'A follow-up meeting: intervention quality and transitions, each participant’s progression ' +
    'and support needs, each employer’s experience and support needs.',
})
export class FollowUpModel {
  @Field(() => ID)
  id!: string;

  trackId!: string;

  @Field(() => String, { nullable: true, description: 'The scheduled meeting it fulfils.' })
  dueDate!: string | null;

  @Field()
  heldOn!: string;

  @Field(() => QualityEnum)
  quality!: string;

  @Field(() => TransitionsEnum)
  transitions!: string;

  @Field(() => String, { nullable: true })
  qualityComment!: string | null;

  @Field(() => [ParticipantProgressModel])
  participants!: ParticipantProgressModel[];

  @Field(() => [EmployerFollowUpModel])
  employers!: EmployerFollowUpModel[];

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => ID)
  recordedBy!: string;
}

@InputType()
export class ParticipantProgressInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => ProgressionEnum)
  progression!: string;

  @Field(() => [ParticipantSupportEnum])
  supportNeeds!: string[];

  @Field(() => String, { nullable: true, description: '1–500 characters, kept encrypted.' })
  note?: string | null;
}

@InputType()
export class EmployerFollowUpInput {
  @Field(() => ID, { description: 'One of the track’s employers.' })
  employerId!: string;

  @Field(() => ExperienceEnum)
  experience!: string;

  @Field(() => [EmployerSupportEnum])
  supportNeeds!: string[];

  @Field(() => String, { nullable: true, description: '1–2000 characters.' })
  comment?: string | null;
}

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The scheduled meeting it fulfils; null for an extra one.',
  })
  dueDate?: string | null;

  @Field()
  heldOn!: string;

  @Field(() => QualityEnum)
  quality!: string;

  @Field(() => TransitionsEnum)
  transitions!: string;

  @Field(() => String, { nullable: true, description: '1–2000 characters.' })
  qualityComment?: string | null;

  @Field(() => [ParticipantProgressInput])
  participants!: ParticipantProgressInput[];

  @Field(() => [EmployerFollowUpInput])
  employers!: EmployerFollowUpInput[];
}

@ObjectType('Adjustment', { description: 'A change of support, interventions or timeline.' })
export class AdjustmentModel {
  @Field(() => ID)
  id!: string;

  trackId!: string;

  @Field(() => ID, { nullable: true })
  followUpId!: string | null;

  @Field(() => AdjustmentAreaEnum)
  area!: string;

  @Field(() => ID, { nullable: true })
  stepId!: string | null;

  @Field(() => String, { nullable: true, description: 'Shown to the track’s team only.' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  madeAt!: Date;

  @Field(() => ID)
  madeBy!: string;
}

@InputType()
export class MakeAdjustmentInput {
  @Field(() => ID)
  trackId!: string;

  @Field(() => AdjustmentAreaEnum)
  area!: string;

  @Field(() => ID, { nullable: true, description: 'The follow-up that led to it.' })
  followUpId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The chain step it concerns.' })
  stepId?: string | null;

  @Field({ description: '1–2000 characters, kept encrypted.' })
  reason!: string;
}
