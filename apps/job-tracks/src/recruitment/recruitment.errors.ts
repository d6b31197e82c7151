import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** The errors of recruitment: a code added here but not below fails to compile. */
export type RecruitmentErrorCode =
  | 'RECRUITMENT.INVALID_INPUT'
  | 'RECRUITMENT.WRONG_PHASE'
  | 'RECRUITMENT.NOT_THE_TRACKS_EMPLOYER'
  | 'RECRUITMENT.MATERIAL_NOT_FOUND'
  | 'RECRUITMENT.MATERIAL_NOT_APPROVED'
  | 'RECRUITMENT.MATERIAL_ALREADY_PUBLISHED'
  | 'CANDIDATE.NOT_FOUND'
  | 'CANDIDATE.ALREADY_IDENTIFIED'
  | 'CANDIDATE.PARTICIPANT_NOT_ACTIVE'
  | 'CANDIDATE.STEP_MISSING'
  | 'CANDIDATE.STEP_PASSED'
  | 'CANDIDATE.ALREADY_DECIDED'
  | 'CANDIDATE.NO_OPEN_INVITATION'
  | 'CANDIDATE.SELECTION_NOT_ALLOWED';

const recruitmentError = domainErrorFactory<RecruitmentErrorCode>({
  'RECRUITMENT.INVALID_INPUT': 'validation',
  'RECRUITMENT.WRONG_PHASE': 'conflict',
  'RECRUITMENT.NOT_THE_TRACKS_EMPLOYER': 'validation',
  'RECRUITMENT.MATERIAL_NOT_FOUND': 'conflict',
  'RECRUITMENT.MATERIAL_NOT_APPROVED': 'conflict',
  'RECRUITMENT.MATERIAL_ALREADY_PUBLISHED': 'conflict',
  'CANDIDATE.NOT_FOUND': 'not_found',
  'CANDIDATE.ALREADY_IDENTIFIED': 'conflict',
  'CANDIDATE.PARTICIPANT_NOT_ACTIVE': 'conflict',
  'CANDIDATE.STEP_MISSING': 'conflict',
  'CANDIDATE.STEP_PASSED': 'conflict',
  'CANDIDATE.ALREADY_DECIDED': 'conflict',
  'CANDIDATE.NO_OPEN_INVITATION': 'conflict',
  'CANDIDATE.SELECTION_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<RecruitmentErrorCode>);

/** Names the field; never quotes the value. */
export const invalidRecruitmentInput = (field: string, message: string) =>
  recruitmentError('RECRUITMENT.INVALID_INPUT', message, field);

export const wrongPhase = (what: string, phases: readonly string[]) =>
  recruitmentError(
    'RECRUITMENT.WRONG_PHASE',
    `${what} is open only while the track is in ${phases.join(' or ')}`,
  );

export const notTheTracksEmployer = (field: string) =>
  recruitmentError(
    'RECRUITMENT.NOT_THE_TRACKS_EMPLOYER',
    `${field} must be one of the track's employers`,
    field,
  );

export const materialNotFound = () =>
  recruitmentError(
    'RECRUITMENT.MATERIAL_NOT_FOUND',
    'the track has no recruitment material yet; draft it first',
    'trackId',
  );

/** Publishing needs the current content APPROVED by a gender-equality review. */
export const materialNotApproved = (status: string) =>
  recruitmentError(
    'RECRUITMENT.MATERIAL_NOT_APPROVED',
    `the material is ${status}: its current content needs an APPROVED gender-equality review before publishing`,
  );

export const materialAlreadyPublished = () =>
  recruitmentError(
    'RECRUITMENT.MATERIAL_ALREADY_PUBLISHED',
    'this content is already published; draft a change to publish again',
  );

/** A foreign and a missing candidate get this same answer. */
export const candidateNotFound = () =>
  recruitmentError('CANDIDATE.NOT_FOUND', 'no such candidate in your scope', 'candidateId');

export const alreadyIdentified = () =>
  recruitmentError(
    'CANDIDATE.ALREADY_IDENTIFIED',
    'the participant is already a candidate of this track',
    'participantId',
  );

export const participantNotActive = () =>
  recruitmentError(
    'CANDIDATE.PARTICIPANT_NOT_ACTIVE',
    'the participant has exited or been erased',
    'participantId',
  );

/** Names the steps still missing before the move. */
export const stepMissing = (to: string, missing: readonly string[]) =>
  recruitmentError(
    'CANDIDATE.STEP_MISSING',
    `${to} needs these steps first: ${missing.join(', ')}`,
  );

export const stepPassed = (to: string, status: string) =>
  recruitmentError('CANDIDATE.STEP_PASSED', `the candidate is ${status}, past ${to}`);

export const alreadyDecided = (status: string) =>
  recruitmentError('CANDIDATE.ALREADY_DECIDED', `the candidate is already ${status}`);

export const noOpenInvitation = (open: string | null) =>
  recruitmentError(
    'CANDIDATE.NO_OPEN_INVITATION',
    open
      ? `the open invitation is ${open}`
      : 'the candidate has no open invitation (EMPLOYER_MEETING once PREPARED, FINAL_SELECTION once MET_EMPLOYER)',
    'invitation',
  );

export const selectionNotAllowed = () =>
  recruitmentError(
    'CANDIDATE.SELECTION_NOT_ALLOWED',
    "the track's team records a selection for an employer; an employer contact only its own, for a candidate who met it",
  );
