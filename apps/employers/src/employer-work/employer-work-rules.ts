import { parseIsoDate } from '@jobbnatet/domain-se';
import { invalidInput } from '../employers/employer.errors';
import {
  type ContactKind,
  contactKinds,
  type ContactOutcome,
  contactOutcomes,
  type FeedbackContext,
  feedbackContexts,
  type SupportNeed,
  supportNeedCodes,
} from './employer-work-codes';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real day, `YYYY-MM-DD`, from 1900 on. */
function isCalendarDay(value: unknown): value is string {
  const date = parseIsoDate(value);
  return date !== null && date.year >= 1900;
}

/** A calendar day, `YYYY-MM-DD`. */
export function calendarDay(field: string, value: unknown): string {
  if (!isCalendarDay(value)) throw invalidInput(field, `${field} must be a date, YYYY-MM-DD`);
  return value;
}

/** A calendar day, `YYYY-MM-DD`, not after `today` (ISO dates sort as text). */
export function pastOrToday(field: string, value: unknown, today: string): string {
  const day = calendarDay(field, value);
  if (day > today) throw invalidInput(field, `${field} must not be in the future`);
  return day;
}

export function uuidOf(field: string, value: unknown): string {
  if (typeof value !== 'string' || !uuidPattern.test(value)) {
    throw invalidInput(field, `${field} must be an id`);
  }
  return value.toLowerCase();
}

function oneOf<T extends string>(field: string, value: unknown, codes: readonly T[]): T {
  if (typeof value !== 'string' || !(codes as readonly string[]).includes(value)) {
    throw invalidInput(field, `${field} must be one of ${codes.join(', ')}`);
  }
  return value as T;
}

// C0/C1 controls other than tab and line breaks, bidirectional overrides and isolates, lone surrogates.
const forbiddenCharacters =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Optional free text that may name people: absent or blank is none; otherwise NFC, trimmed,
 * 1–`max` code points with a letter or digit, line breaks allowed, no control characters.
 */
export function optionalFreeText(field: string, value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || loneSurrogate.test(value)) {
    throw invalidInput(field, `${field} must be text`);
  }
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length === 0) return null;
  if (
    [...trimmed].length > max ||
    forbiddenCharacters.test(trimmed) ||
    !/[\p{L}\p{N}]/u.test(trimmed)
  ) {
    throw invalidInput(
      field,
      `${field} must be at most ${max} characters with a letter or digit and no control characters`,
    );
  }
  return trimmed;
}

export interface ContactInput {
  employerId: string;
  kind: string;
  occurredOn: string;
  outcome: string;
  summary?: string | null;
}

export interface ValidContact {
  employerId: string;
  kind: ContactKind;
  occurredOn: string;
  outcome: ContactOutcome;
  summary: string | null;
}

/** Checks a contact apart from the employer: a known kind and outcome, a day not in the future. */
export function validateContact(input: ContactInput, today: string): ValidContact {
  return {
    employerId: input.employerId,
    kind: oneOf('kind', input.kind, contactKinds),
    occurredOn: pastOrToday('occurredOn', input.occurredOn, today),
    outcome: oneOf('outcome', input.outcome, contactOutcomes),
    summary: optionalFreeText('summary', input.summary, 1000),
  };
}

export interface VacancyInput {
  employerId: string;
  contactId: string;
  occupationCode?: string | null;
  positions: number;
  acquiredOn: string;
}

export interface ValidVacancy {
  employerId: string;
  contactId: string;
  occupationCode: string | null;
  positions: number;
  acquiredOn: string;
}

/** Checks an acquired vacancy apart from its contact: SSYK 2012 level 4, 1–100 positions. */
export function validateVacancy(input: VacancyInput, today: string): ValidVacancy {
  const code = input.occupationCode;
  if (code !== null && code !== undefined && (typeof code !== 'string' || !/^\d{4}$/.test(code))) {
    throw invalidInput('occupationCode', 'occupationCode must be an SSYK 2012 code of 4 digits');
  }
  if (!Number.isInteger(input.positions) || input.positions < 1 || input.positions > 100) {
    throw invalidInput('positions', 'positions must be a whole number from 1 to 100');
  }
  return {
    employerId: input.employerId,
    contactId: uuidOf('contactId', input.contactId),
    occupationCode: code ?? null,
    positions: input.positions,
    acquiredOn: pastOrToday('acquiredOn', input.acquiredOn, today),
  };
}

/** A vacancy comes from its contact: not acquired before the contact took place. */
export function notBefore(field: string, day: string, earliest: string, what: string): string {
  if (day < earliest) throw invalidInput(field, `${field} must not be before ${what}`);
  return day;
}

export interface FeedbackInput {
  employerId: string;
  participantId?: string | null;
  context: string;
  experience: number;
  supportNeeds: readonly string[];
  comment?: string | null;
}

export interface ValidFeedback {
  employerId: string;
  participantId: string | null;
  context: FeedbackContext;
  experience: number;
  supportNeeds: SupportNeed[];
  comment: string | null;
}

/** Checks feedback: a known context, an experience of 1–5, support needs from the list, once each. */
export function validateFeedback(input: FeedbackInput): ValidFeedback {
  if (!Number.isInteger(input.experience) || input.experience < 1 || input.experience > 5) {
    throw invalidInput('experience', 'experience must be a whole number from 1 to 5');
  }
  if (!Array.isArray(input.supportNeeds) || input.supportNeeds.length > supportNeedCodes.length) {
    throw invalidInput('supportNeeds', 'supportNeeds must be a list of known support needs');
  }
  const supportNeeds = input.supportNeeds.map((need) =>
    oneOf('supportNeeds', need, supportNeedCodes),
  );
  if (new Set(supportNeeds).size !== supportNeeds.length) {
    throw invalidInput('supportNeeds', 'supportNeeds must name each support need once');
  }
  return {
    employerId: input.employerId,
    participantId:
      input.participantId === null || input.participantId === undefined
        ? null
        : uuidOf('participantId', input.participantId),
    context: oneOf('context', input.context, feedbackContexts),
    experience: input.experience,
    supportNeeds,
    comment: optionalFreeText('comment', input.comment, 1000),
  };
}

export interface Period {
  from: string;
  to: string;
}

/** A period of whole days, `from` to `to` inclusive, at most ten years. */
export function validatePeriod(from: unknown, to: unknown): Period {
  const start = calendarDay('from', from);
  const end = calendarDay('to', to);
  if (end < start) throw invalidInput('to', 'to must not be before from');
  if (Number(end.slice(0, 4)) - Number(start.slice(0, 4)) > 10) {
    throw invalidInput('to', 'a period is at most ten years');
  }
  return { from: start, to: end };
}

/** `first` of a page: 1–100. */
export function pageSize(first: unknown): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > 100) {
    throw invalidInput('first', 'first must be between 1 and 100');
  }
  return first;
}
