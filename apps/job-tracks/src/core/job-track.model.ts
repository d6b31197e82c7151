import {
  Directive,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  type TrackPhase,
  trackPhases,
  type TrackStatus,
  trackStatuses,
  type WorkingPhase,
  workingPhases,
} from './phase-rules';
import { StaffMember } from './staff';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const TrackPhaseEnum = enumOf(trackPhases);
export const WorkingPhaseEnum = enumOf(workingPhases);
export const TrackStatusEnum = enumOf(trackStatuses);
registerEnumType(TrackPhaseEnum, {
  name: 'TrackPhase',
  description:
    'Planeringsfas, rekryteringsfas, genomförandefas, avslutningsfas; then CLOSED, or CANCELLED.',
});
registerEnumType(WorkingPhaseEnum, { name: 'WorkingPhase', description: 'The four phases.' });
registerEnumType(TrackStatusEnum, { name: 'TrackStatus' });

@ObjectType('PlannedPhase', { description: 'The planned dates of one phase.' })
export class PlannedPhase {
  @Field(() => WorkingPhaseEnum)
  phase!: WorkingPhase;

  @Field({ description: 'YYYY-MM-DD' })
  plannedStart!: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedEnd!: string;
}

@ObjectType('TrackCancellation')
export class TrackCancellation {
  @Field()
  reasonCode!: string;

  @Field()
  reasonText!: string;
}

@ObjectType('JobTrack', {
  description:
    'A lokalt jobbspår: a chain of interventions designed by AF and a municipality from ' +
    'employers’ competence needs, resting on a collaboration agreement.',
})
@Directive('@key(fields: "id")')
export class JobTrackModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int, { description: '1 for a first track; each repetition adds one.' })
  round!: number;

  @Field(() => ID, { nullable: true, description: 'The round this one repeats.' })
  previousRoundId!: string | null;

  @Field(() => [String])
  municipalityCodes!: string[];

  @Field(() => [String], { description: 'The Arbetsförmedlingen offices that run it.' })
  officeIds!: string[];

  @Field(() => [ID])
  employerIds!: string[];

  @Field(() => [ID], { description: 'Competence needs in the employers service.' })
  competenceNeedIds!: string[];

  @Field(() => ID, { nullable: true })
  competenceProfileId!: string | null;

  @Field(() => [ID], { description: 'Training providers (activities service).' })
  providerIds!: string[];

  @Field(() => Int)
  targetParticipants!: number;

  @Field(() => [PlannedPhase])
  timeline!: PlannedPhase[];

  @Field({ description: 'YYYY-MM-DD: the planned start of planning.' })
  plannedStart!: string;

  @Field({ description: 'YYYY-MM-DD: the planned end of closing.' })
  plannedEnd!: string;

  @Field(() => [StaffMember], { description: 'The operational team of AF and municipal staff.' })
  operationalTeam!: StaffMember[];

  @Field(() => [StaffMember], { description: 'The coordinator function: one or more people.' })
  coordinators!: StaffMember[];

  @Field(() => TrackPhaseEnum)
  phase!: TrackPhase;

  @Field(() => TrackStatusEnum)
  status!: TrackStatus;

  @Field(() => TrackCancellation, { nullable: true })
  cancellation!: TrackCancellation | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Int)
  version!: number;
}
