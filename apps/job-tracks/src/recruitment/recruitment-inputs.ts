import { calendarDay, isUuid, text } from '../core/input-rules';
import { invalidRecruitmentInput as invalid } from './recruitment.errors';
import {
  type Invitation,
  invitations,
  type NotAdmittedReason,
  notAdmittedReasons,
  type RecruitmentMethod,
  recruitmentMethods,
  type ReviewOutcome,
  reviewOutcomes,
} from './recruitment-rules';

// Each command's input checked before anything is read: a typed error naming the field.

export const id = (field: string, value: unknown): string => {
  if (!isUuid(value)) throw invalid(field, `${field} must be an id`);
  return value.toLowerCase();
};

const oneOf = <T extends string>(field: string, value: unknown, values: readonly T[]): T => {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${values.join(', ')}`);
  }
  return value as T;
};

export const day = (field: string, value: unknown): string => calendarDay(invalid, field, value);

export interface RecruitmentPlan {
  method: RecruitmentMethod;
  activities: { kind: RecruitmentMethod; plannedOn: string; description: string }[];
}

export function validatePlan(input: { method: unknown; activities: unknown }): RecruitmentPlan {
  const method = oneOf('method', input.method, recruitmentMethods);
  if (!Array.isArray(input.activities) || input.activities.length > 30) {
    throw invalid('activities', 'activities must list 0–30 recruitment activities');
  }
  const activities = input.activities.map((item: unknown) => {
    const activity = (item ?? {}) as Record<string, unknown>;
    return {
      kind: oneOf('activities', activity.kind, recruitmentMethods),
      plannedOn: day('activities', activity.plannedOn),
      description: text(invalid, 'activities', activity.description, 500),
    };
  });
  activities.sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
  return { method, activities };
}

export function validateMaterial(input: { adText: unknown; requirements: unknown }) {
  return {
    adText: text(invalid, 'adText', input.adText, 4000),
    requirements: text(invalid, 'requirements', input.requirements, 4000),
  };
}

export function validateReview(input: {
  contentVersion: unknown;
  outcome: unknown;
  notes?: unknown;
}): { contentVersion: number; outcome: ReviewOutcome; notes: string | null } {
  const { contentVersion } = input;
  if (
    typeof contentVersion !== 'number' ||
    !Number.isInteger(contentVersion) ||
    contentVersion < 1
  ) {
    throw invalid('contentVersion', 'contentVersion must be a whole number from 1');
  }
  const outcome = oneOf('outcome', input.outcome, reviewOutcomes);
  const notes =
    input.notes === null || input.notes === undefined
      ? null
      : text(invalid, 'notes', input.notes, 2000);
  if (outcome === 'CHANGES_NEEDED' && notes === null) {
    throw invalid('notes', 'notes must say which changes are needed');
  }
  return { contentVersion, outcome, notes };
}

export const reason = (value: unknown): NotAdmittedReason =>
  oneOf('reasonCode', value, notAdmittedReasons);

export const invitation = (value: unknown): Invitation => oneOf('invitation', value, invitations);
