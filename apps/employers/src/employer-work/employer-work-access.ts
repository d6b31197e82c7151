import type { CallerIdentity, Role } from '@jobbnatet/contracts';

/** Contacts and acquired vacancies are the officers' own work: only an officer records them. */
export function mayRecordEmployerWork(role: Role): boolean {
  return role === 'officer';
}

/** Feedback comes from the employer itself, or an officer writes it down at a follow-up. */
export function mayRecordFeedback(role: Role): boolean {
  return role === 'officer' || role === 'employer_contact';
}

/** The contact log and acquired vacancies of an employer: its offices' officers and process leaders. */
export function maySeeEmployerWork(role: Role): boolean {
  return role === 'officer' || role === 'process_leader' || role === 'admin';
}

/** A contact's summary and who filled a vacancy name people: officers (and admins) only. */
export function maySeeWorkDetails(role: Role): boolean {
  return role === 'officer' || role === 'admin';
}

/** A feedback comment: officers and the employer itself (the scope keeps it to its own). */
export function maySeeFeedbackComment(role: Role): boolean {
  return role === 'officer' || role === 'admin' || role === 'employer_contact';
}

/** An office's employer work: its officers and process leaders, and admins. */
export function maySeeOfficeWork(
  caller: Pick<CallerIdentity, 'role' | 'officeId'>,
  officeId: string,
): boolean {
  if (caller.role === 'admin') return true;
  return (
    (caller.role === 'officer' || caller.role === 'process_leader') &&
    caller.officeId !== undefined &&
    caller.officeId === officeId
  );
}
