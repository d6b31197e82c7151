import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error of the sessions part: a code added here but not to the catalogue fails to compile. */
export type SessionErrorCode =
  | 'SESSION.INVALID_INPUT'
  | 'SESSION.NOT_FOUND'
  | 'SESSION.OFFERING_CLOSED'
  | 'SESSION.ALREADY_CANCELLED';

const sessionError = domainErrorFactory<SessionErrorCode>({
  'SESSION.INVALID_INPUT': 'validation',
  'SESSION.NOT_FOUND': 'not_found',
  'SESSION.OFFERING_CLOSED': 'conflict',
  'SESSION.ALREADY_CANCELLED': 'conflict',
} satisfies ErrorCatalogue<SessionErrorCode>);

/** Names the field; never quotes the value. */
export const invalidSession = (field: string, message: string) =>
  sessionError('SESSION.INVALID_INPUT', message, field);

/** A foreign, a missing and a session the caller may not run all get this same answer. */
export const sessionNotFound = () =>
  sessionError('SESSION.NOT_FOUND', 'no such session in your scope', 'sessionId');

export const offeringClosed = () =>
  sessionError(
    'SESSION.OFFERING_CLOSED',
    'the offering is finished or cancelled: its schedule no longer changes',
    'offeringId',
  );

export const alreadyCancelled = () =>
  sessionError('SESSION.ALREADY_CANCELLED', 'the session is already cancelled', 'sessionId');
