import { absenceReasons, attendanceStatuses } from '@jobbnatet/contracts';
import { isUuid } from '../activities/offering-rules';
import { isActive, type EnrolmentStatus } from '../enrolments/enrolment-rules';
import type { SessionStatus } from '../sessions/session-rules';
import {
  enrolmentNotActive,
  enrolmentNotOnSession,
  invalidAttendance,
  sessionCancelled,
  sessionNotStarted,
} from './attendance.errors';

export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type AbsenceReason = (typeof absenceReasons)[number];
export { absenceReasons, attendanceStatuses };

/** At most this many participants in one recording: a full group, with room to spare. */
export const maxEntriesPerCommand = 100;

export interface AttendanceEntryInput {
  enrolmentId: string;
  status: string;
  absenceReason?: string | null;
}

export interface RecordAttendanceInput {
  sessionId: string;
  entries: AttendanceEntryInput[];
}

export interface ValidEntry {
  enrolmentId: string;
  status: AttendanceStatus;
  absenceReason: AbsenceReason | null;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * One entry. A valid absence needs its reason; presence has none; an absence without a valid
 * reason may name the reason given (OTHER, say), which was not accepted.
 */
function validateEntry(entry: AttendanceEntryInput, prefix: string): ValidEntry {
  if (!isUuid(entry.enrolmentId)) {
    throw invalidAttendance(`${prefix}enrolmentId`, `${prefix}enrolmentId is not an enrolment id`);
  }
  if (!isOneOf(attendanceStatuses, entry.status)) {
    throw invalidAttendance(`${prefix}status`, `${prefix}status is not an attendance status`);
  }
  const reason = entry.absenceReason ?? null;
  const field = `${prefix}absenceReason`;
  if (reason !== null && !isOneOf(absenceReasons, reason)) {
    throw invalidAttendance(field, `${field} is not an absence reason`);
  }
  if (entry.status === 'PRESENT' && reason !== null) {
    throw invalidAttendance(field, `${field} must be null for PRESENT`);
  }
  if (entry.status === 'ABSENT_VALID_REASON' && reason === null) {
    throw invalidAttendance(field, `${field} is required for ABSENT_VALID_REASON`);
  }
  return {
    enrolmentId: entry.enrolmentId.toLowerCase(),
    status: entry.status,
    absenceReason: reason,
  };
}

/** The command's shape, checked before anything is looked up; the first bad entry is named. */
export function validateRecording(input: RecordAttendanceInput): {
  sessionId: string;
  entries: ValidEntry[];
} {
  if (!isUuid(input.sessionId)) {
    throw invalidAttendance('sessionId', 'sessionId is not a session id');
  }
  if (
    !Array.isArray(input.entries) ||
    input.entries.length < 1 ||
    input.entries.length > maxEntriesPerCommand
  ) {
    throw invalidAttendance('entries', `entries must list 1–${maxEntriesPerCommand} participants`);
  }
  const seen = new Set<string>();
  const entries = input.entries.map((entry, index) => {
    const valid = validateEntry(entry, `entries[${index}].`);
    if (seen.has(valid.enrolmentId)) {
      throw invalidAttendance(
        `entries[${index}].enrolmentId`,
        `entries[${index}].enrolmentId is listed twice`,
      );
    }
    seen.add(valid.enrolmentId);
    return valid;
  });
  return { sessionId: input.sessionId.toLowerCase(), entries };
}

/** Attendance is recorded for a session that took place: scheduled (not cancelled) and started. */
export function checkSessionHeld(session: { status: SessionStatus; started: boolean }): void {
  if (session.status === 'CANCELLED') throw sessionCancelled();
  if (!session.started) throw sessionNotStarted();
}

/**
 * Every entry's enrolment is on the session's offering (`onOffering`: those found there) and
 * planned or ongoing; the first that is not is named by its position.
 */
export function checkEnrolments(
  entries: readonly ValidEntry[],
  onOffering: ReadonlyMap<string, EnrolmentStatus>,
): void {
  entries.forEach((entry, index) => {
    const field = `entries[${index}].enrolmentId`;
    const status = onOffering.get(entry.enrolmentId);
    if (status === undefined) throw enrolmentNotOnSession(field);
    if (!isActive(status)) throw enrolmentNotActive(field);
  });
}

export interface AttendanceCounts {
  /** Sessions held so far: started and not cancelled. */
  sessionsHeld: number;
  present: number;
  absentWithValidReason: number;
  absentWithoutValidReason: number;
}

export interface AttendanceSummary extends AttendanceCounts {
  notRecorded: number;
  /** present / recorded; null while nothing is recorded. */
  attendanceRate: number | null;
}

export const noAttendance: AttendanceCounts = {
  sessionsHeld: 0,
  present: 0,
  absentWithValidReason: 0,
  absentWithoutValidReason: 0,
};

export function summarise(counts: AttendanceCounts): AttendanceSummary {
  const recorded = counts.present + counts.absentWithValidReason + counts.absentWithoutValidReason;
  return {
    ...counts,
    notRecorded: counts.sessionsHeld - recorded,
    attendanceRate: recorded === 0 ? null : counts.present / recorded,
  };
}
