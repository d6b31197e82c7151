import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** The errors of the method rollout: a code added here but not below fails to compile. */
export type RolloutErrorCode =
  | 'ROLLOUT.INVALID_INPUT'
  | 'ROLLOUT.OFFICE_NOT_FOUND'
  | 'ROLLOUT.WRITE_NOT_ALLOWED'
  | 'ROLLOUT.ALREADY_JOINED'
  | 'ROLLOUT.NO_TARGET';

const rolloutError = domainErrorFactory<RolloutErrorCode>({
  'ROLLOUT.INVALID_INPUT': 'validation',
  'ROLLOUT.OFFICE_NOT_FOUND': 'not_found',
  'ROLLOUT.WRITE_NOT_ALLOWED': 'forbidden',
  'ROLLOUT.ALREADY_JOINED': 'conflict',
  'ROLLOUT.NO_TARGET': 'not_found',
} satisfies ErrorCatalogue<RolloutErrorCode>);

/** Names the field; never quotes the value. */
export const invalidRolloutInput = (field: string, message: string) =>
  rolloutError('ROLLOUT.INVALID_INPUT', message, field);

/** An office outside the caller's scope and one not taking part get this same answer. */
export const rolloutOfficeNotFound = () =>
  rolloutError(
    'ROLLOUT.OFFICE_NOT_FOUND',
    'no such office in the rollout within your scope',
    'officeId',
  );

export const rolloutWriteNotAllowed = () =>
  rolloutError(
    'ROLLOUT.WRITE_NOT_ALLOWED',
    'an office’s rollout is recorded by its assigned process leaders and admins',
  );

export const alreadyJoined = () =>
  rolloutError(
    'ROLLOUT.ALREADY_JOINED',
    'the office already takes part in the rollout',
    'officeId',
  );

export const noRolloutTarget = () =>
  rolloutError('ROLLOUT.NO_TARGET', 'the region has no rollout target', 'countyCode');
