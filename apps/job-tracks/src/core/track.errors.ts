import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** The errors of job tracks and their checklists: a code added here but not below fails to compile. */
export type TrackErrorCode =
  | 'TRACK.INVALID_INPUT'
  | 'TRACK.NOT_FOUND'
  | 'TRACK.WRITE_NOT_ALLOWED'
  | 'TRACK.AGREEMENT_NOT_VALID'
  | 'TRACK.NOT_ACTIVE'
  | 'TRACK.CHECKLIST_INCOMPLETE'
  | 'TRACK.CHECKLIST_PHASE_PASSED'
  | 'TRACK.CHECKLIST_ITEM_ALREADY_WAIVED'
  | 'TRACK.ALREADY_REPEATED'
  | 'TRACK.REFERENCE_NOT_REPLICATED'
  | 'TRACK.REFERENCES_MISMATCH';

const trackError = domainErrorFactory<TrackErrorCode>({
  'TRACK.INVALID_INPUT': 'validation',
  'TRACK.NOT_FOUND': 'not_found',
  'TRACK.WRITE_NOT_ALLOWED': 'forbidden',
  'TRACK.AGREEMENT_NOT_VALID': 'conflict',
  'TRACK.NOT_ACTIVE': 'conflict',
  'TRACK.CHECKLIST_INCOMPLETE': 'conflict',
  'TRACK.CHECKLIST_PHASE_PASSED': 'conflict',
  'TRACK.CHECKLIST_ITEM_ALREADY_WAIVED': 'conflict',
  'TRACK.ALREADY_REPEATED': 'conflict',
  'TRACK.REFERENCE_NOT_REPLICATED': 'not_found',
  'TRACK.REFERENCES_MISMATCH': 'conflict',
} satisfies ErrorCatalogue<TrackErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  trackError('TRACK.INVALID_INPUT', message, field);

/** A foreign and a missing track get this same answer. */
export const trackNotFound = () =>
  trackError('TRACK.NOT_FOUND', 'no such track in your scope', 'trackId');

export const writeNotAllowed = () =>
  trackError(
    'TRACK.WRITE_NOT_ALLOWED',
    'only officers of its offices, case workers of its municipalities and admins change a track',
  );

/** Says which condition of a valid agreement failed (never the agreement's content). */
export const agreementNotValid = (why: string) =>
  trackError(
    'TRACK.AGREEMENT_NOT_VALID',
    `the agreement does not carry this track: ${why}`,
    'agreementId',
  );

export const trackNotActive = () =>
  trackError('TRACK.NOT_ACTIVE', 'the track is closed or cancelled');

/** Lists the item codes still open, so the caller knows what is missing. */
export const checklistIncomplete = (phase: string, missing: readonly string[]) =>
  trackError(
    'TRACK.CHECKLIST_INCOMPLETE',
    `the ${phase} checklist is incomplete; open items: ${missing.join(', ')}`,
  );

export const checklistPhasePassed = () =>
  trackError(
    'TRACK.CHECKLIST_PHASE_PASSED',
    'that item belongs to a phase the track has left',
    'itemCode',
  );

export const itemAlreadyWaived = () =>
  trackError(
    'TRACK.CHECKLIST_ITEM_ALREADY_WAIVED',
    'that item is already waived; its reason is kept',
    'itemCode',
  );

export const alreadyRepeated = () =>
  trackError('TRACK.ALREADY_REPEATED', 'this round already has a next round', 'trackId');

/**
 * The employers service may know it already; this service's replica has not heard of it yet.
 * Retryable: the same command succeeds once the event has arrived.
 */
export const referenceNotReplicated = (field: string) =>
  trackError(
    'TRACK.REFERENCE_NOT_REPLICATED',
    `this service has not seen that ${field} yet; if it was registered just now, try again shortly`,
    field,
    true,
  );

/** A need or profile of an employer that is not one of the track's. */
export const referencesMismatch = (field: string) =>
  trackError(
    'TRACK.REFERENCES_MISMATCH',
    `${field} must belong to one of the track’s employers`,
    field,
  );
