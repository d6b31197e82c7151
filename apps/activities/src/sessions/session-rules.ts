import { parseIsoDate, swedishDay } from '@jobbnatet/domain-se';
import { cleanText, isUuid, type OfferingStatus } from '../activities/offering-rules';
import { invalidSession } from './session.errors';

/**
 * What a session is, in the words of a structured full-time week such as Jobbforum:
 * - INDIVIDUAL_TASKS: individuella uppgifter, the participant's own planned tasks (CV, letters);
 * - GROUP_MEETING: gruppträff, the group with its leader (experiences, support, planning);
 * - LECTURE: föreläsning, a talk (an employer, the labour market, rights at work);
 * - JOB_SEARCH: eget jobbsökande, the participant's own job search in the provider's premises;
 * - WORKPLACE: arbetsplatsförlagd tid, time at an employer (introduktionspraktik, APL);
 * - TRAINING: utbildningspass, a lesson of a training (Komvux, a tailor-made course);
 * - FOLLOW_UP_MEETING: uppföljningssamtal, the leader following up one participant's plan.
 */
export const sessionKinds = [
  'INDIVIDUAL_TASKS',
  'GROUP_MEETING',
  'LECTURE',
  'JOB_SEARCH',
  'WORKPLACE',
  'TRAINING',
  'FOLLOW_UP_MEETING',
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const sessionStatuses = ['SCHEDULED', 'CANCELLED'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** Why a session is cancelled: codes only, so the reason can travel in events. */
export const cancellationReasons = [
  'LEADER_UNAVAILABLE',
  'ROOM_UNAVAILABLE',
  'TOO_FEW_PARTICIPANTS',
  'PUBLIC_HOLIDAY',
  'REPLANNED',
  'OTHER',
] as const;
export type CancellationReason = (typeof cancellationReasons)[number];

/** At most this many sessions in one scheduling command: a busy week's plan, not a year's. */
export const maxSessionsPerCommand = 50;
/** The longest window `Offering.sessions` answers: a quarter. */
export const maxWindowDays = 92;

/** A real calendar day `YYYY-MM-DD` in 2000–2099, the years this platform plans in. */
function isCalendarDateString(value: string): boolean {
  const date = parseIsoDate(value);
  return date !== null && date.year >= 2000 && date.year <= 2099;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** No schedule is possible on an offering that is over. */
export const isOfferingClosed = (status: OfferingStatus): boolean =>
  status === 'FINISHED' || status === 'CANCELLED';

// --- one session's time and place ------------------------------------------------------------

export interface SessionPlanInput {
  kind: string;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  leader?: string | null;
}

export interface ValidSessionPlan {
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  leader: string | null;
}

/** An offering's dates, `YYYY-MM-DD` (Swedish calendar days, both included). */
export interface OfferingDates {
  fromDate: string;
  toDate: string;
}

const instantPattern =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/** An ISO 8601 instant with an explicit offset (`2027-01-18T09:00+01:00`), years 2000–2099. */
export function parseInstant(field: string, value: unknown): Date {
  const match = typeof value === 'string' ? instantPattern.exec(value) : null;
  const instant = match ? new Date(value as string) : null;
  if (
    !match ||
    !isCalendarDateString(match[1]!) ||
    !instant ||
    Number.isNaN(instant.getTime()) ||
    instant.getUTCFullYear() < 2000 ||
    instant.getUTCFullYear() > 2099
  ) {
    throw invalidSession(
      field,
      `${field} must be a time YYYY-MM-DDThh:mm with an offset (Z or ±hh:mm), 2000–2099`,
    );
  }
  return instant;
}

function optionalText(field: string, value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = cleanText(value, max);
  if (cleaned === null) {
    throw invalidSession(field, `${field} must be 1–${max} characters, at least one a letter`);
  }
  return cleaned;
}

/**
 * When a session runs: it ends after it starts, on the same Swedish calendar day, and that day is
 * within the offering's dates (Europe/Stockholm, whatever the offset the client wrote).
 */
export function validateTimes(
  startsAt: unknown,
  endsAt: unknown,
  offering: OfferingDates,
  prefix = '',
): { startsAt: Date; endsAt: Date } {
  const starts = parseInstant(`${prefix}startsAt`, startsAt);
  const ends = parseInstant(`${prefix}endsAt`, endsAt);
  if (ends.getTime() <= starts.getTime()) {
    throw invalidSession(`${prefix}endsAt`, `${prefix}endsAt must be after startsAt`);
  }
  const day = swedishDay(starts);
  if (swedishDay(ends) !== day) {
    throw invalidSession(
      `${prefix}endsAt`,
      `${prefix}endsAt must be on the same day as startsAt (Swedish time)`,
    );
  }
  if (day < offering.fromDate || day > offering.toDate) {
    throw invalidSession(
      `${prefix}startsAt`,
      `${prefix}startsAt must be within the offering's dates`,
    );
  }
  return { startsAt: starts, endsAt: ends };
}

/** One planned session; `prefix` names its place in a list (`sessions[3].`). */
export function validatePlan(
  input: SessionPlanInput,
  offering: OfferingDates,
  prefix = '',
): ValidSessionPlan {
  if (!isOneOf(sessionKinds, input.kind)) {
    throw invalidSession(`${prefix}kind`, `${prefix}kind is not a session kind`);
  }
  return {
    kind: input.kind,
    ...validateTimes(input.startsAt, input.endsAt, offering, prefix),
    room: optionalText(`${prefix}room`, input.room, 100),
    leader: optionalText(`${prefix}leader`, input.leader, 200),
  };
}

// --- commands ------------------------------------------------------------------------------

export interface ScheduleSessionsInput {
  offeringId: string;
  sessions: SessionPlanInput[];
}

/** The shape of the command, checked before anything is looked up. */
export function validateScheduleShape(input: ScheduleSessionsInput): string {
  if (!isUuid(input.offeringId)) {
    throw invalidSession('offeringId', 'offeringId is not an offering id');
  }
  if (
    !Array.isArray(input.sessions) ||
    input.sessions.length < 1 ||
    input.sessions.length > maxSessionsPerCommand
  ) {
    throw invalidSession('sessions', `sessions must list 1–${maxSessionsPerCommand} sessions`);
  }
  return input.offeringId.toLowerCase();
}

/** Every planned session against the offering's dates; the first bad one is named by position. */
export function validatePlans(
  plans: readonly SessionPlanInput[],
  offering: OfferingDates,
): ValidSessionPlan[] {
  return plans.map((plan, index) => validatePlan(plan, offering, `sessions[${index}].`));
}

export interface RescheduleSessionInput {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  /** Omitted keeps the room; null clears it. */
  room?: string | null;
  /** Omitted keeps the leader; null clears it. */
  leader?: string | null;
}

export function validateSessionId(value: unknown): string {
  if (!isUuid(value)) throw invalidSession('sessionId', 'sessionId is not a session id');
  return value.toLowerCase();
}

/** Room and leader as they will be after a reschedule: omitted keeps, null clears. */
export function validateReplacements(
  input: Pick<RescheduleSessionInput, 'room' | 'leader'>,
  current: { room: string | null; leader: string | null },
): { room: string | null; leader: string | null } {
  return {
    room: input.room === undefined ? current.room : optionalText('room', input.room, 100),
    leader: input.leader === undefined ? current.leader : optionalText('leader', input.leader, 200),
  };
}

export function validateReason(value: unknown): CancellationReason {
  if (!isOneOf(cancellationReasons, value)) {
    throw invalidSession('reason', 'reason is not a cancellation reason');
  }
  return value;
}

// --- reads ---------------------------------------------------------------------------------

export interface DayWindow {
  from: string;
  to: string;
}

/** A window of Swedish calendar days for `Offering.sessions`: from ≤ to, at most 92 days. */
export function validateWindow(from: unknown, to: unknown): DayWindow {
  if (typeof from !== 'string' || !isCalendarDateString(from)) {
    throw invalidSession('from', 'from must be a date YYYY-MM-DD between 2000 and 2099');
  }
  if (typeof to !== 'string' || !isCalendarDateString(to)) {
    throw invalidSession('to', 'to must be a date YYYY-MM-DD between 2000 and 2099');
  }
  if (to < from || daysBetween(from, to) >= maxWindowDays) {
    throw invalidSession('to', `to must be from from to ${maxWindowDays - 1} days after it`);
  }
  return { from, to };
}

const dayMs = 86_400_000;
const utcDay = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * dayMs).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / dayMs);
}

export const weekdays = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof weekdays)[number];

/** 0 for Monday … 6 for Sunday. */
const isoWeekdayIndex = (date: string): number => (new Date(utcDay(date)).getUTCDay() + 6) % 7;

/** The Monday of ISO week 1: the week holding the year's first Thursday (4 January is in it). */
function mondayOfWeekOne(year: number): string {
  const fourth = `${year}-01-04`;
  return addDays(fourth, -isoWeekdayIndex(fourth));
}

/** 53 when the year's ISO weeks run to a 53rd (it starts, or a leap year starts, on a Thursday). */
function weeksIn(year: number): number {
  return daysBetween(mondayOfWeekOne(year), mondayOfWeekOne(year + 1)) / 7;
}

/** The seven days (Monday–Sunday) of an ISO week `2027-W03`, years 2000–2099. */
export function parseIsoWeek(value: unknown): { date: string; weekday: Weekday }[] {
  const match = typeof value === 'string' ? /^(\d{4})-W(\d{2})$/.exec(value) : null;
  const year = Number(match?.[1]);
  const week = Number(match?.[2]);
  if (!match || year < 2000 || year > 2099 || week < 1 || week > weeksIn(year)) {
    throw invalidSession('week', 'week must be an ISO week YYYY-Www (e.g. 2027-W03)');
  }
  const monday = addDays(mondayOfWeekOne(year), (week - 1) * 7);
  return weekdays.map((weekday, index) => ({ date: addDays(monday, index), weekday }));
}
