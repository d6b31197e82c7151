import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** The errors of closing and evaluation: a code added here but not below fails to compile. */
export type ClosingErrorCode =
  | 'CLOSING.NOT_IN_CLOSING'
  | 'CLOSING.EVALUATION_PUBLISHED'
  | 'CLOSING.ALREADY_RECORDED'
  | 'CLOSING.HAND_OVER_NOT_ALLOWED'
  | 'CLOSING.TARGET_TRACK_NOT_FOUND'
  | 'CLOSING.EVALUATION_NOT_FOUND'
  | 'CLOSING.EVALUATION_INCOMPLETE'
  | 'CLOSING.EVALUATION_NOT_APPROVED'
  | 'CLOSING.NOT_AN_APPROVING_PARTY'
  | 'CLOSING.INCOMPLETE';

const closingError = domainErrorFactory<ClosingErrorCode>({
  'CLOSING.NOT_IN_CLOSING': 'conflict',
  'CLOSING.EVALUATION_PUBLISHED': 'conflict',
  'CLOSING.ALREADY_RECORDED': 'conflict',
  'CLOSING.HAND_OVER_NOT_ALLOWED': 'conflict',
  'CLOSING.TARGET_TRACK_NOT_FOUND': 'not_found',
  'CLOSING.EVALUATION_NOT_FOUND': 'not_found',
  'CLOSING.EVALUATION_INCOMPLETE': 'conflict',
  'CLOSING.EVALUATION_NOT_APPROVED': 'conflict',
  'CLOSING.NOT_AN_APPROVING_PARTY': 'forbidden',
  'CLOSING.INCOMPLETE': 'conflict',
} satisfies ErrorCatalogue<ClosingErrorCode>);

export const notInClosing = () =>
  closingError(
    'CLOSING.NOT_IN_CLOSING',
    'results, certificates and the evaluation are recorded in the CLOSING phase',
  );

export const evaluationPublished = () =>
  closingError(
    'CLOSING.EVALUATION_PUBLISHED',
    'the evaluation is published: the closing record is frozen',
  );

export const alreadyRecorded = (what: string) =>
  closingError(
    'CLOSING.ALREADY_RECORDED',
    `${what} is already recorded for this participant`,
    'participantId',
  );

export const handOverNotAllowed = (why: string) =>
  closingError('CLOSING.HAND_OVER_NOT_ALLOWED', `no hand-over: ${why}`);

/** A foreign, a missing and a read-only target track get this same answer. */
export const targetTrackNotFound = () =>
  closingError('CLOSING.TARGET_TRACK_NOT_FOUND', 'no such track you may write', 'targetTrackId');

export const evaluationNotFound = () =>
  closingError('CLOSING.EVALUATION_NOT_FOUND', 'the track has no evaluation draft yet', 'trackId');

/** Names the questions still open. */
export const evaluationIncomplete = (open: readonly string[]) =>
  closingError(
    'CLOSING.EVALUATION_INCOMPLETE',
    `the evaluation has open answers: ${open.join(', ')}`,
  );

export const evaluationNotApproved = (missing: readonly string[]) =>
  closingError(
    'CLOSING.EVALUATION_NOT_APPROVED',
    `the current draft lacks the approval of: ${missing.join(', ')}`,
  );

export const notAnApprovingParty = () =>
  closingError(
    'CLOSING.NOT_AN_APPROVING_PARTY',
    'an evaluation is approved by an officer of the track’s offices or a case worker of its municipalities',
  );

/** For the phases part: what keeps CLOSING from CLOSED. */
export const closingIncomplete = (gaps: readonly string[]) =>
  closingError('CLOSING.INCOMPLETE', `the track cannot close yet: ${gaps.join(', ')}`);
