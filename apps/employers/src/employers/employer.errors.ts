import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type EmployerErrorCode = 'EMPLOYER.INVALID_INPUT' | 'EMPLOYER.CREATION_NOT_ALLOWED';

const employerError = domainErrorFactory<EmployerErrorCode>({
  'EMPLOYER.INVALID_INPUT': 'validation',
  'EMPLOYER.CREATION_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<EmployerErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  employerError('EMPLOYER.INVALID_INPUT', message, field);

export const creationNotAllowed = () =>
  employerError(
    'EMPLOYER.CREATION_NOT_ALLOWED',
    'you may create a employer only for your own office',
  );
