import type { WorkingPhase } from '../core/phase-rules';

export const checklistStates = ['NOT_DONE', 'DONE', 'NOT_APPLICABLE'] as const;
export type ChecklistState = (typeof checklistStates)[number];

export const isChecklistState = (value: unknown): value is ChecklistState =>
  typeof value === 'string' && (checklistStates as readonly string[]).includes(value);

/** An item as completeness sees it. */
export interface ChecklistStanding {
  code: string;
  phase: WorkingPhase;
  state: ChecklistState;
  waived: boolean;
}

/** An item counts as complete when DONE, NOT_APPLICABLE or waived with a reason. */
export function isComplete(item: ChecklistStanding): boolean {
  return item.state !== 'NOT_DONE' || item.waived;
}

/** The codes of `phase`'s items still open, in checklist order: what stops the track advancing. */
export function missingItems(items: readonly ChecklistStanding[], phase: WorkingPhase): string[] {
  return items.filter((item) => item.phase === phase && !isComplete(item)).map((item) => item.code);
}
