import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error of the attendance part: a code added here but not to the catalogue fails to compile. */
export type AttendanceErrorCode =
  | 'ATTENDANCE.INVALID_INPUT'
  | 'ATTENDANCE.ENROLMENT_NOT_FOUND'
  | 'ATTENDANCE.ENROLMENT_NOT_ACTIVE'
  | 'ATTENDANCE.SESSION_CANCELLED'
  | 'ATTENDANCE.SESSION_NOT_STARTED';

const attendanceError = domainErrorFactory<AttendanceErrorCode>({
  'ATTENDANCE.INVALID_INPUT': 'validation',
  'ATTENDANCE.ENROLMENT_NOT_FOUND': 'not_found',
  'ATTENDANCE.ENROLMENT_NOT_ACTIVE': 'conflict',
  'ATTENDANCE.SESSION_CANCELLED': 'conflict',
  'ATTENDANCE.SESSION_NOT_STARTED': 'conflict',
} satisfies ErrorCatalogue<AttendanceErrorCode>);

/** Names the field (`entries[3].status`); never quotes the value. */
export const invalidAttendance = (field: string, message: string) =>
  attendanceError('ATTENDANCE.INVALID_INPUT', message, field);

/** A missing enrolment and one of another offering get this same answer. */
export const enrolmentNotOnSession = (field: string) =>
  attendanceError(
    'ATTENDANCE.ENROLMENT_NOT_FOUND',
    'no such enrolment on the session’s offering',
    field,
  );

export const enrolmentNotActive = (field: string) =>
  attendanceError(
    'ATTENDANCE.ENROLMENT_NOT_ACTIVE',
    'attendance is recorded for planned or ongoing enrolments only',
    field,
  );

export const sessionCancelled = () =>
  attendanceError(
    'ATTENDANCE.SESSION_CANCELLED',
    'the session is cancelled: nobody attended it',
    'sessionId',
  );

export const sessionNotStarted = () =>
  attendanceError('ATTENDANCE.SESSION_NOT_STARTED', 'the session has not started yet', 'sessionId');
