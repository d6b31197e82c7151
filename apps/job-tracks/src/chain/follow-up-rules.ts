import { calendarDay, isUuid, text } from '../core/input-rules';
import { addDays, addMonths, daysBetween } from './calendar';
import { invalidChainInput } from './chain.errors';

/** The source text's three dimensions of a follow-up, as codes (the text beside them is bounded). */
export const qualityRatings = ['WORKING_WELL', 'NEEDS_ATTENTION', 'NOT_WORKING'] as const;
export const transitionRatings = ['SMOOTH', 'DELAYED', 'GAPS'] as const;
export const progressions = ['AHEAD', 'ON_TRACK', 'BEHIND', 'AT_RISK', 'INTERRUPTED'] as const;
export const participantSupportNeeds = [
  'LANGUAGE',
  'SKILLS',
  'HEALTH',
  'SOCIAL',
  'PRACTICAL',
  'WORKPLACE_INTRODUCTION',
  'MOTIVATION',
] as const;
export const employerExperiences = ['POSITIVE', 'MIXED', 'NEGATIVE'] as const;
export const employerSupportNeeds = [
  'MENTORING',
  'INTRODUCTION',
  'ADMINISTRATION',
  'FUNDING',
  'MATCHING',
  'COMMUNICATION',
] as const;
export const adjustmentAreas = ['SUPPORT', 'INTERVENTIONS', 'TIMELINE'] as const;

type Of<T extends readonly string[]> = T[number];

/** Every `everyDays` from `fromDate` to `untilDate`, then months after the employment start. */
export interface ScheduleInput {
  everyDays: number;
  fromDate: string;
  untilDate: string;
  employmentStart?: string | null;
  afterEmploymentMonths: number[];
}

export interface Schedule {
  everyDays: number;
  fromDate: string;
  untilDate: string;
  employmentStart: string | null;
  afterEmploymentMonths: number[];
}

/** At most three years of meetings: a schedule is for one track's implementation. */
const maxScheduleDays = 3 * 366;

export function validateSchedule(input: ScheduleInput): Schedule {
  if (!Number.isInteger(input.everyDays) || input.everyDays < 1 || input.everyDays > 365) {
    throw invalidChainInput('everyDays', 'everyDays must be 1–365');
  }
  const fromDate = calendarDay(invalidChainInput, 'fromDate', input.fromDate);
  const untilDate = calendarDay(invalidChainInput, 'untilDate', input.untilDate);
  if (untilDate < fromDate || daysBetween(fromDate, untilDate) > maxScheduleDays) {
    throw invalidChainInput('untilDate', 'untilDate must be from fromDate to three years after it');
  }
  const employmentStart =
    input.employmentStart == null
      ? null
      : calendarDay(invalidChainInput, 'employmentStart', input.employmentStart);
  const months = input.afterEmploymentMonths;
  if (
    !Array.isArray(months) ||
    months.length > 6 ||
    !months.every((m) => Number.isInteger(m) && m >= 1 && m <= 36) ||
    new Set(months).size !== months.length
  ) {
    throw invalidChainInput(
      'afterEmploymentMonths',
      'afterEmploymentMonths must be up to 6 distinct months, each 1–36',
    );
  }
  if (months.length > 0 && employmentStart === null) {
    throw invalidChainInput(
      'employmentStart',
      'employmentStart is needed for follow-ups after the employment starts',
    );
  }
  return {
    everyDays: input.everyDays,
    fromDate,
    untilDate,
    employmentStart,
    afterEmploymentMonths: [...months].sort((a, b) => a - b),
  };
}

export type MeetingKind = 'DURING_IMPLEMENTATION' | 'AFTER_EMPLOYMENT';
export type MeetingStatus = 'RECORDED' | 'OVERDUE' | 'DUE' | 'UPCOMING';

export interface Meeting {
  dueDate: string;
  kind: MeetingKind;
  status: MeetingStatus;
  followUpId: string | null;
}

/** The scheduled dates, oldest first, each once (an after-employment date may meet a regular one). */
export function scheduledDates(schedule: Schedule): { dueDate: string; kind: MeetingKind }[] {
  const dates = new Map<string, MeetingKind>();
  for (let date = schedule.fromDate; date <= schedule.untilDate; ) {
    dates.set(date, 'DURING_IMPLEMENTATION');
    date = addDays(date, schedule.everyDays);
  }
  if (schedule.employmentStart) {
    for (const months of schedule.afterEmploymentMonths) {
      dates.set(addMonths(schedule.employmentStart, months), 'AFTER_EMPLOYMENT');
    }
  }
  return [...dates]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dueDate, kind]) => ({ dueDate, kind }));
}

/**
 * The meetings with where they stand on `today` (a Swedish calendar day): recorded, due today,
 * overdue (an earlier day with no record), or upcoming.
 */
export function meetingsOf(
  schedule: Schedule,
  recorded: ReadonlyMap<string, string>,
  today: string,
): Meeting[] {
  return scheduledDates(schedule).map(({ dueDate, kind }) => {
    const followUpId = recorded.get(dueDate) ?? null;
    const status: MeetingStatus = followUpId
      ? 'RECORDED'
      : dueDate < today
        ? 'OVERDUE'
        : dueDate === today
          ? 'DUE'
          : 'UPCOMING';
    return { dueDate, kind, status, followUpId };
  });
}

export interface FollowUpInput {
  dueDate?: string | null;
  heldOn: string;
  quality: string;
  transitions: string;
  qualityComment?: string | null;
  participants: {
    participantId: string;
    progression: string;
    supportNeeds: string[];
    note?: string | null;
  }[];
  employers: {
    employerId: string;
    experience: string;
    supportNeeds: string[];
    comment?: string | null;
  }[];
}

export interface FollowUp {
  dueDate: string | null;
  heldOn: string;
  quality: Of<typeof qualityRatings>;
  transitions: Of<typeof transitionRatings>;
  qualityComment: string | null;
  participants: {
    participantId: string;
    progression: Of<typeof progressions>;
    supportNeeds: Of<typeof participantSupportNeeds>[];
    note: string | null;
  }[];
  employers: {
    employerId: string;
    experience: Of<typeof employerExperiences>;
    supportNeeds: Of<typeof employerSupportNeeds>[];
    comment: string | null;
  }[];
}

function code<T extends readonly string[]>(field: string, value: unknown, codes: T): T[number] {
  if (!(codes as readonly unknown[]).includes(value)) {
    throw invalidChainInput(field, `${field} must be one of ${codes.join(', ')}`);
  }
  return value as T[number];
}

function codes<T extends readonly string[]>(field: string, value: unknown, all: T): T[number][] {
  if (!Array.isArray(value) || new Set(value).size !== value.length) {
    throw invalidChainInput(field, `${field} must list distinct codes of ${all.join(', ')}`);
  }
  return value.map((item) => code(field, item, all));
}

const optionalText = (field: string, value: unknown, max: number): string | null =>
  value == null ? null : text(invalidChainInput, field, value, max);

/** A follow-up's three dimensions; `employerIds` are the track's (an employer outside it is refused). */
export function validateFollowUp(input: FollowUpInput, employerIds: readonly string[]): FollowUp {
  const dueDate =
    input.dueDate == null ? null : calendarDay(invalidChainInput, 'dueDate', input.dueDate);
  const heldOn = calendarDay(invalidChainInput, 'heldOn', input.heldOn);
  const quality = code('quality', input.quality, qualityRatings);
  const transitions = code('transitions', input.transitions, transitionRatings);
  const qualityComment = optionalText('qualityComment', input.qualityComment, 2000);
  if (!Array.isArray(input.participants) || input.participants.length > 100) {
    throw invalidChainInput('participants', 'participants must list at most 100 participants');
  }
  const participants = input.participants.map((p) => {
    if (!isUuid(p?.participantId)) {
      throw invalidChainInput('participants', 'participants needs an id for each participant');
    }
    return {
      participantId: p.participantId.toLowerCase(),
      progression: code('progression', p.progression, progressions),
      supportNeeds: codes('supportNeeds', p.supportNeeds, participantSupportNeeds),
      note: optionalText('note', p.note, 500),
    };
  });
  if (new Set(participants.map((p) => p.participantId)).size !== participants.length) {
    throw invalidChainInput('participants', 'participants lists a participant twice');
  }
  if (!Array.isArray(input.employers) || input.employers.length > 20) {
    throw invalidChainInput('employers', 'employers must list at most 20 employers');
  }
  const employers = input.employers.map((e) => {
    if (!isUuid(e?.employerId) || !employerIds.includes(e.employerId.toLowerCase())) {
      throw invalidChainInput('employers', 'employers must name employers of this track');
    }
    return {
      employerId: e.employerId.toLowerCase(),
      experience: code('experience', e.experience, employerExperiences),
      supportNeeds: codes('employerSupportNeeds', e.supportNeeds, employerSupportNeeds),
      comment: optionalText('comment', e.comment, 2000),
    };
  });
  if (new Set(employers.map((e) => e.employerId)).size !== employers.length) {
    throw invalidChainInput('employers', 'employers lists an employer twice');
  }
  return { dueDate, heldOn, quality, transitions, qualityComment, participants, employers };
}

export interface AdjustmentInput {
  area: string;
  followUpId?: string | null;
  stepId?: string | null;
  reason: string;
}

export function validateAdjustment(input: AdjustmentInput) {
  const optionalId = (field: string, value: unknown): string | null => {
    if (value == null) return null;
    if (!isUuid(value)) throw invalidChainInput(field, `${field} must be an id`);
    return value.toLowerCase();
  };
  return {
    area: code('area', input.area, adjustmentAreas),
    followUpId: optionalId('followUpId', input.followUpId),
    stepId: optionalId('stepId', input.stepId),
    reason: text(invalidChainInput, 'reason', input.reason, 2000),
  };
}
