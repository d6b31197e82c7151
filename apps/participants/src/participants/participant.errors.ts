import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type ParticipantErrorCode =
  | 'PARTICIPANT.INVALID_INPUT'
  | 'PARTICIPANT.NOT_FOUND'
  | 'PARTICIPANT.ALREADY_REGISTERED'
  | 'PARTICIPANT.REGISTERED_AT_OTHER_OFFICE'
  | 'PARTICIPANT.REGISTRATION_NOT_ALLOWED'
  | 'PARTICIPANT.ACTION_NOT_ALLOWED'
  | 'PARTICIPANT.REASON_REQUIRED'
  | 'PARTICIPANT.ERASED'
  | 'PARTICIPANT.EXITED'
  | 'PARTICIPANT.STALE_VERSION'
  | 'PARTICIPANT.CONSENT_ALREADY_GIVEN'
  | 'PARTICIPANT.CONSENT_ALREADY_WITHDRAWN'
  | 'PARTICIPANT.SUPPORT_PERIOD_OVERLAPS'
  | 'PARTICIPANT.RETENTION_ALREADY_CHECKED'
  | 'PARTICIPANT.REFERRAL_ALREADY_DECIDED'
  | 'PARTICIPANT.REFERRAL_NOT_FOUND'
  | 'PARTICIPANT.REFERRAL_NOT_ALLOWED';

const participantError = domainErrorFactory<ParticipantErrorCode>({
  'PARTICIPANT.INVALID_INPUT': 'validation',
  'PARTICIPANT.NOT_FOUND': 'not_found',
  'PARTICIPANT.ALREADY_REGISTERED': 'conflict',
  'PARTICIPANT.REGISTERED_AT_OTHER_OFFICE': 'conflict',
  'PARTICIPANT.REGISTRATION_NOT_ALLOWED': 'forbidden',
  'PARTICIPANT.ACTION_NOT_ALLOWED': 'forbidden',
  'PARTICIPANT.REASON_REQUIRED': 'validation',
  'PARTICIPANT.ERASED': 'conflict',
  'PARTICIPANT.EXITED': 'conflict',
  'PARTICIPANT.STALE_VERSION': 'conflict',
  'PARTICIPANT.CONSENT_ALREADY_GIVEN': 'conflict',
  'PARTICIPANT.CONSENT_ALREADY_WITHDRAWN': 'conflict',
  'PARTICIPANT.SUPPORT_PERIOD_OVERLAPS': 'conflict',
  'PARTICIPANT.RETENTION_ALREADY_CHECKED': 'conflict',
  'PARTICIPANT.REFERRAL_ALREADY_DECIDED': 'conflict',
  'PARTICIPANT.REFERRAL_NOT_FOUND': 'not_found',
  'PARTICIPANT.REFERRAL_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<ParticipantErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  participantError('PARTICIPANT.INVALID_INPUT', message, field);

/** The same answer for a participant that does not exist and one outside the caller's scope. */
export const notFound = (field = 'participantId') =>
  participantError('PARTICIPANT.NOT_FOUND', 'no such participant in your scope', field);

export const alreadyRegistered = () =>
  participantError(
    'PARTICIPANT.ALREADY_REGISTERED',
    'a participant with this identity number is already registered at your office',
    'identityNumber',
  );

/** One national register: the officer learns where the person is, and the look-up is logged. */
export const registeredAtOtherOffice = (officeId: string) =>
  participantError(
    'PARTICIPANT.REGISTERED_AT_OTHER_OFFICE',
    `this person is registered at the office ${officeId}; ask that office to transfer the case`,
    'identityNumber',
  );

export const registrationNotAllowed = () =>
  participantError(
    'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
    'only an officer registers participants, at their own office; a municipality refers a person instead',
  );

export const actionNotAllowed = (action: string) =>
  participantError('PARTICIPANT.ACTION_NOT_ALLOWED', `you may not ${action} for this participant`);

export const reasonRequired = () =>
  participantError(
    'PARTICIPANT.REASON_REQUIRED',
    'reason must state why (3–500 characters)',
    'reason',
  );

export const participantErased = () =>
  participantError('PARTICIPANT.ERASED', 'this participant has been erased');

export const participantExited = () =>
  participantError('PARTICIPANT.EXITED', 'this participant has already exited');

export const staleVersion = () =>
  participantError(
    'PARTICIPANT.STALE_VERSION',
    'the participant was changed since you read it; reload and try again',
    'version',
  );

/** The same answer for a referral that does not exist and one outside the caller's scope. */
export const referralNotFound = () =>
  participantError(
    'PARTICIPANT.REFERRAL_NOT_FOUND',
    'no such referral in your scope',
    'referralId',
  );

export const referralNotAllowed = (action: 'refer' | 'decide') =>
  participantError(
    'PARTICIPANT.REFERRAL_NOT_ALLOWED',
    action === 'refer'
      ? 'only a municipal case worker refers a person'
      : 'only an officer of the office a referral was sent to decides it',
  );

export const referralAlreadyDecided = () =>
  participantError(
    'PARTICIPANT.REFERRAL_ALREADY_DECIDED',
    'this referral has already been decided',
    'referralId',
  );

export { participantError };
