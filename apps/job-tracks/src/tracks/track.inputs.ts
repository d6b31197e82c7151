import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { WorkingPhaseEnum } from '../core/job-track.model';
import { StaffMemberInput } from '../core/staff';
import type { TrackInput } from './track-rules';

@InputType()
export class PlannedPhaseInput {
  @Field(() => WorkingPhaseEnum)
  phase!: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedStart!: string;

  @Field({ description: 'YYYY-MM-DD, not before plannedStart.' })
  plannedEnd!: string;
}

@InputType()
export class CreateTrackInput implements TrackInput {
  @Field(() => ID, {
    description:
      'An ACTIVE agreement covering the dates, with one of the municipalities and a shared office.',
  })
  agreementId!: string;

  @Field({ description: '1–200 characters.' })
  name!: string;

  @Field(() => [String], { description: 'One or more kommunkoder.' })
  municipalityCodes!: string[];

  @Field(() => [String], { description: 'One or more Arbetsförmedlingen offices.' })
  officeIds!: string[];

  @Field(() => [ID], { description: 'One or more employers (employers service).' })
  employerIds!: string[];

  @Field(() => [ID])
  competenceNeedIds!: string[];

  @Field(() => ID, { nullable: true })
  competenceProfileId?: string | null;

  @Field(() => [ID])
  providerIds!: string[];

  @Field(() => Int, { description: '1–1000.' })
  targetParticipants!: number;

  @Field(() => [PlannedPhaseInput], { description: 'The four phases in order.' })
  timeline!: PlannedPhaseInput[];

  @Field(() => [StaffMemberInput])
  operationalTeam!: StaffMemberInput[];

  @Field(() => [StaffMemberInput], { description: 'At least one, from either party.' })
  coordinators!: StaffMemberInput[];
}

@InputType()
export class RepeatTrackInput {
  @Field(() => ID, { description: 'The round to repeat.' })
  trackId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Another agreement; by default the previous one.',
  })
  agreementId?: string | null;

  @Field(() => [PlannedPhaseInput], {
    nullable: true,
    description: 'By default the previous durations, from the day after its planned end.',
  })
  timeline?: PlannedPhaseInput[] | null;
}
