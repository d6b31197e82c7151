import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type ParticipantErrorCode =
  | 'PARTICIPANT.INVALID_INPUT'
  | 'PARTICIPANT.ALREADY_REGISTERED'
  | 'PARTICIPANT.REGISTRATION_NOT_ALLOWED';

const participantError = domainErrorFactory<ParticipantErrorCode>({
  'PARTICIPANT.INVALID_INPUT': 'validation',
  'PARTICIPANT.ALREADY_REGISTERED': 'conflict',
  'PARTICIPANT.REGISTRATION_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<ParticipantErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  participantError('PARTICIPANT.INVALID_INPUT', message, field);

export const alreadyRegistered = () =>
  participantError(
    'PARTICIPANT.ALREADY_REGISTERED',
    'a participant with this identity number is already registered',
    'identityNumber',
  );

export const registrationNotAllowed = () =>
  participantError(
    'PARTICIPANT.REGISTRATION_NOT_ALLOWED',
    'you may register participants only within your own office or municipality',
  );
