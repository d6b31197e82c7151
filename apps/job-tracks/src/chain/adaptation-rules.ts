import { calendarDay, isUuid, text } from '../core/input-rules';
import { type ResponsibleParty, type StepInput, validateStep } from './chain-rules';
import { invalidChainInput } from './chain.errors';

export const adaptationKinds = ['ADD', 'REMOVE', 'SHORTEN'] as const;
export type AdaptationKind = (typeof adaptationKinds)[number];

export interface AdaptationInput {
  participantId: string;
  kind: string;
  stepId?: string | null;
  step?: Omit<
    StepInput,
    'parallelWithPrevious' | 'startWeek' | 'endWeek' | 'letterOfIntentId'
  > | null;
  plannedEnd?: string | null;
  reason: string;
}

/** A valid adaptation; what it needs depends on its kind. */
export type Adaptation =
  | { kind: 'ADD'; participantId: string; reason: string; added: AddedStep }
  | { kind: 'REMOVE'; participantId: string; reason: string; stepId: string }
  | { kind: 'SHORTEN'; participantId: string; reason: string; stepId: string; plannedEnd: string };

export interface AddedStep {
  interventionTypeCode: string | null;
  offeringId: string | null;
  responsible: ResponsibleParty;
  plannedStart: string;
  plannedEnd: string;
}

export function validateAdaptation(input: AdaptationInput): Adaptation {
  if (!isUuid(input.participantId)) {
    throw invalidChainInput('participantId', 'participantId must be an id');
  }
  const participantId = input.participantId.toLowerCase();
  const reason = text(invalidChainInput, 'reason', input.reason, 1000);
  const kind = input.kind as AdaptationKind;
  if (!(adaptationKinds as readonly string[]).includes(kind)) {
    throw invalidChainInput('kind', 'kind must be ADD, REMOVE or SHORTEN');
  }
  if (kind === 'ADD') {
    if (input.stepId != null) throw invalidChainInput('stepId', 'an added step has no stepId');
    if (!input.step) throw invalidChainInput('step', 'an added step needs its design');
    if (input.step.plannedStart == null) {
      throw invalidChainInput('plannedStart', 'an added step needs plannedStart and plannedEnd');
    }
    const design = validateStep({ ...input.step, parallelWithPrevious: false });
    return {
      kind,
      participantId,
      reason,
      added: {
        interventionTypeCode: design.interventionTypeCode,
        offeringId: design.offeringId,
        responsible: design.responsible,
        plannedStart: design.plannedStart!,
        plannedEnd: design.plannedEnd!,
      },
    };
  }
  if (!isUuid(input.stepId)) throw invalidChainInput('stepId', 'stepId must be an id');
  if (input.step != null) throw invalidChainInput('step', 'only an added step has a design');
  const stepId = input.stepId.toLowerCase();
  if (kind === 'REMOVE') return { kind, participantId, reason, stepId };
  const plannedEnd = calendarDay(invalidChainInput, 'plannedEnd', input.plannedEnd);
  return { kind, participantId, reason, stepId, plannedEnd };
}

/** A step of the planned chain with its calendar days. */
export interface PlannedStep {
  id: string;
  interventionTypeCode: string;
  offeringId: string | null;
  responsible: ResponsibleParty;
  start: string | null;
  end: string | null;
}

/** A recorded adaptation, as the participant's chain applies it. */
export interface RecordedAdaptation {
  id: string;
  kind: AdaptationKind;
  stepId: string | null;
  interventionTypeCode: string | null;
  offeringId: string | null;
  responsible: ResponsibleParty | null;
  plannedStart: string | null;
  plannedEnd: string | null;
}

export type ParticipantStepStatus = 'AS_PLANNED' | 'SHORTENED' | 'REMOVED' | 'ADDED';

export interface ParticipantStep {
  stepId: string | null;
  adaptationId: string | null;
  interventionTypeCode: string;
  offeringId: string | null;
  responsible: ResponsibleParty;
  plannedStart: string | null;
  plannedEnd: string | null;
  status: ParticipantStepStatus;
}

/**
 * A participant's current chain: the planned steps in order with their adaptations applied (oldest
 * first), removed steps kept and marked so every party sees the deviation, added steps after them
 * by start date.
 */
export function participantChain(
  planned: readonly PlannedStep[],
  adaptations: readonly RecordedAdaptation[],
): ParticipantStep[] {
  const steps: ParticipantStep[] = planned.map((step) => ({
    stepId: step.id,
    adaptationId: null,
    interventionTypeCode: step.interventionTypeCode,
    offeringId: step.offeringId,
    responsible: step.responsible,
    plannedStart: step.start,
    plannedEnd: step.end,
    status: 'AS_PLANNED',
  }));
  const added: ParticipantStep[] = [];
  for (const adaptation of adaptations) {
    const target = steps.find((step) => step.stepId === adaptation.stepId);
    if (adaptation.kind === 'ADD') {
      added.push({
        stepId: null,
        adaptationId: adaptation.id,
        interventionTypeCode: adaptation.interventionTypeCode!,
        offeringId: adaptation.offeringId,
        responsible: adaptation.responsible!,
        plannedStart: adaptation.plannedStart,
        plannedEnd: adaptation.plannedEnd,
        status: 'ADDED',
      });
    } else if (target && target.status !== 'REMOVED') {
      target.adaptationId = adaptation.id;
      if (adaptation.kind === 'REMOVE') target.status = 'REMOVED';
      else {
        target.plannedEnd = adaptation.plannedEnd;
        target.status = 'SHORTENED';
      }
    }
  }
  added.sort((a, b) => (a.plannedStart ?? '').localeCompare(b.plannedStart ?? ''));
  return [...steps, ...added];
}

/** Shortening moves the end earlier, never before the start: `why` it is refused, or null. */
export function shortenRefusal(
  current: { start: string | null; end: string | null },
  plannedEnd: string,
): string | null {
  if (current.end === null || current.start === null) return 'the step has no dates yet';
  if (plannedEnd >= current.end) return 'plannedEnd must be before the step’s current end';
  if (plannedEnd < current.start) return 'plannedEnd must not be before the step’s start';
  return null;
}
