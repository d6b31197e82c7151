import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { WorkingPhaseEnum } from '../core/job-track.model';
import type { WorkingPhase } from '../core/phase-rules';
import { type ChecklistState, checklistStates } from './checklist-rules';

export const ChecklistStateEnum = Object.fromEntries(checklistStates.map((s) => [s, s])) as Record<
  ChecklistState,
  ChecklistState
>;
registerEnumType(ChecklistStateEnum, { name: 'ChecklistItemState' });

@ObjectType('ChecklistWaiver', { description: 'Why an item was waived; kept as written.' })
export class ChecklistWaiverModel {
  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  waivedAt!: Date;

  @Field(() => ID)
  waivedBy!: string;
}

@ObjectType('ChecklistItem', { description: 'One point of a phase’s checklist.' })
export class ChecklistItemModel {
  @Field({ description: 'Stable code, e.g. PLANNING_LETTER_OF_INTENT.' })
  code!: string;

  @Field(() => WorkingPhaseEnum)
  phase!: WorkingPhase;

  @Field({ description: 'Swedish label.' })
  labelSv!: string;

  @Field({ description: 'English label.' })
  labelEn!: string;

  @Field(() => ChecklistStateEnum)
  state!: ChecklistState;

  @Field({ description: 'DONE, NOT_APPLICABLE or waived: it no longer holds the phase back.' })
  complete!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  updatedBy!: string | null;

  @Field(() => ChecklistWaiverModel, { nullable: true })
  waiver!: ChecklistWaiverModel | null;

  trackId!: string;
}

@InputType()
export class UpdateChecklistItemInput {
  @Field(() => ID)
  trackId!: string;

  @Field()
  itemCode!: string;

  @Field(() => ChecklistStateEnum)
  state!: string;
}

@InputType()
export class WaiveChecklistItemInput {
  @Field(() => ID)
  trackId!: string;

  @Field()
  itemCode!: string;

  @Field({ description: 'Why the item is waived: 1–2000 characters, kept.' })
  reason!: string;
}
