import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type OfferingErrorCode =
  | 'OFFERING.INVALID_INPUT'
  | 'OFFERING.CREATION_NOT_ALLOWED'
  | 'OFFERING.CHANGE_NOT_ALLOWED'
  | 'OFFERING.NOT_FOUND'
  | 'OFFERING.TRANSITION_NOT_ALLOWED'
  | 'INTERVENTION_TYPE.NOT_ALLOWED'
  | 'INTERVENTION_TYPE.ALREADY_EXISTS'
  | 'PROVIDER.NOT_ALLOWED';

const offeringError = domainErrorFactory<OfferingErrorCode>({
  'OFFERING.INVALID_INPUT': 'validation',
  'OFFERING.CREATION_NOT_ALLOWED': 'forbidden',
  'OFFERING.CHANGE_NOT_ALLOWED': 'forbidden',
  'OFFERING.NOT_FOUND': 'not_found',
  'OFFERING.TRANSITION_NOT_ALLOWED': 'conflict',
  'INTERVENTION_TYPE.NOT_ALLOWED': 'forbidden',
  'INTERVENTION_TYPE.ALREADY_EXISTS': 'conflict',
  'PROVIDER.NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<OfferingErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  offeringError('OFFERING.INVALID_INPUT', message, field);

export const creationNotAllowed = () =>
  offeringError(
    'OFFERING.CREATION_NOT_ALLOWED',
    'you may create an offering only for your own office or municipality',
  );

/** A foreign and a missing offering get this same answer. */
export const offeringNotFound = () =>
  offeringError('OFFERING.NOT_FOUND', 'no such offering in your scope', 'offeringId');

export const transitionNotAllowed = () =>
  offeringError(
    'OFFERING.TRANSITION_NOT_ALLOWED',
    'the offering cannot go to that status from its current one',
    'status',
  );

export const interventionTypeNotAllowed = () =>
  offeringError('INTERVENTION_TYPE.NOT_ALLOWED', 'only an admin adds intervention types');

export const interventionTypeExists = () =>
  offeringError('INTERVENTION_TYPE.ALREADY_EXISTS', 'that code is already taken', 'code');

export const providerNotAllowed = () =>
  offeringError('PROVIDER.NOT_ALLOWED', 'only an admin or an officer registers providers');

export const changeNotAllowed = () =>
  offeringError(
    'OFFERING.CHANGE_NOT_ALLOWED',
    'you may change an offering only of your own office or municipality',
  );
