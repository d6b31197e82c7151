import type { CallerIdentity } from '@jobbnatet/contracts';
import type { TrackPhase } from '../core/phase-rules';
import { mayWriteTrack, type TrackParties } from '../core/track-access';

/** How a track recruits (AF's guidance: joint and broad first, then narrowed). */
export const recruitmentMethods = [
  'JOINT_INFORMATION_MEETING',
  'EMPLOYER_RECRUITMENT_DAY',
  'MATCHING_FROM_REGISTER',
  'STUDY_VISIT',
  'OTHER',
] as const;
export type RecruitmentMethod = (typeof recruitmentMethods)[number];

/** The pipeline a candidate moves through, in order, before the decision. */
export const candidateSteps = [
  'IDENTIFIED',
  'PREREQUISITES_ASSESSED',
  'PREPARED',
  'MET_EMPLOYER',
] as const;
export type CandidateStep = (typeof candidateSteps)[number];
export const candidateStatuses = [...candidateSteps, 'ADMITTED', 'NOT_ADMITTED'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

/**
 * Why a candidate was not admitted. Declining an invitation is voluntary and is never a reason:
 * there is deliberately no code for it.
 */
export const notAdmittedReasons = [
  'PREREQUISITES_NOT_MET',
  'NOT_SELECTED_BY_EMPLOYER',
  'OTHER_INTERVENTION_BETTER',
  'TRACK_FULL',
  'OTHER',
] as const;
export type NotAdmittedReason = (typeof notAdmittedReasons)[number];

/** The two voluntary invitations: the first employer meeting and the final selection. */
export const invitations = ['EMPLOYER_MEETING', 'FINAL_SELECTION'] as const;
export type Invitation = (typeof invitations)[number];

export const materialStatuses = ['DRAFT', 'CHANGES_NEEDED', 'APPROVED', 'PUBLISHED'] as const;
export type MaterialStatus = (typeof materialStatuses)[number];
export const reviewOutcomes = ['APPROVED', 'CHANGES_NEEDED'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

/**
 * The phases in which recruitment work is open. The plan and the material are made with the
 * employer from planning on; candidates move in RECRUITMENT and, for late admissions (a place
 * freed early in the chain), in IMPLEMENTATION.
 */
export const planPhases: readonly TrackPhase[] = ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION'];
export const candidatePhases: readonly TrackPhase[] = ['RECRUITMENT', 'IMPLEMENTATION'];

/** What a move of the pipeline to `to` finds, given where the candidate is. */
export type MoveCheck =
  | { ok: true }
  | { ok: false; kind: 'decided' }
  | { ok: false; kind: 'passed' }
  | { ok: false; kind: 'missing'; missing: CandidateStep[] };

const isDecided = (status: CandidateStatus) => status === 'ADMITTED' || status === 'NOT_ADMITTED';

/**
 * A step (or admission) is taken from the step right before it: from earlier, the steps between
 * are missing and named; from a later one, it has been passed; after the decision, nothing moves.
 */
export function checkMove(from: CandidateStatus, to: CandidateStep | 'ADMITTED'): MoveCheck {
  if (isDecided(from)) return { ok: false, kind: 'decided' };
  const order: readonly string[] = [...candidateSteps, 'ADMITTED'];
  const at = order.indexOf(from);
  const target = order.indexOf(to);
  if (target <= at) return { ok: false, kind: 'passed' };
  if (target === at + 1) return { ok: true };
  return { ok: false, kind: 'missing', missing: candidateSteps.slice(at + 1, target) };
}

/** Not admitted may be decided at any open step; a decided candidate stays decided. */
export function mayDecideNotAdmitted(from: CandidateStatus): boolean {
  return !isDecided(from);
}

/** Which invitation is open at a status: the meeting once prepared, the selection once met. */
export function openInvitation(status: CandidateStatus): Invitation | null {
  if (status === 'PREPARED') return 'EMPLOYER_MEETING';
  if (status === 'MET_EMPLOYER') return 'FINAL_SELECTION';
  return null;
}

type Caller = Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode' | 'employerId'>;

/** What a caller who reads the track sees of one candidate or track participant. */
export type CandidateView = 'full' | 'employer' | 'hidden';

/**
 * The track's team (officers of its offices, case workers of its municipalities) and admins see
 * every candidate and participant. An employer contact sees only the candidates who met their own
 * employer and the participants their employer selected (participant id, status, their own
 * selection), never an assessment link, a reason or a declined invitation; a process leader sees
 * none. Everyone who reads the track sees the counts per status. `employerId` is the employer the
 * record belongs to for this rule: the one met (a candidate) or the one that selected (a participant).
 */
export function candidateView(
  caller: Caller,
  track: TrackParties,
  employerId: string | null,
): CandidateView {
  if (mayWriteTrack(caller, track)) return 'full';
  if (
    caller.role === 'employer_contact' &&
    employerId !== null &&
    caller.employerId?.toLowerCase() === employerId
  ) {
    return 'employer';
  }
  return 'hidden';
}

/**
 * Who records the employer's selection: the track's team on the employer's behalf, or a contact
 * of the selecting employer itself for a candidate who met that employer.
 */
export function maySelect(
  caller: Caller,
  track: TrackParties,
  metEmployerId: string | null,
  selectedByEmployerId: string,
): boolean {
  if (mayWriteTrack(caller, track)) return true;
  return (
    caller.role === 'employer_contact' &&
    caller.employerId?.toLowerCase() === selectedByEmployerId &&
    metEmployerId === selectedByEmployerId
  );
}
