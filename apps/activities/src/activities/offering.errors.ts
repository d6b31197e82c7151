import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type OfferingErrorCode = 'OFFERING.INVALID_INPUT' | 'OFFERING.CREATION_NOT_ALLOWED';

const offeringError = domainErrorFactory<OfferingErrorCode>({
  'OFFERING.INVALID_INPUT': 'validation',
  'OFFERING.CREATION_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<OfferingErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  offeringError('OFFERING.INVALID_INPUT', message, field);

export const creationNotAllowed = () =>
  offeringError(
    'OFFERING.CREATION_NOT_ALLOWED',
    'you may create a offering only for your own office',
  );
