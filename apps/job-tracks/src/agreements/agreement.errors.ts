import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** The errors of collaboration agreements: a code added here but not below fails to compile. */
export type AgreementErrorCode =
  | 'AGREEMENT.INVALID_INPUT'
  | 'AGREEMENT.NOT_FOUND'
  | 'AGREEMENT.WRITE_NOT_ALLOWED'
  | 'AGREEMENT.TRANSITION_NOT_ALLOWED';

const agreementError = domainErrorFactory<AgreementErrorCode>({
  'AGREEMENT.INVALID_INPUT': 'validation',
  'AGREEMENT.NOT_FOUND': 'not_found',
  'AGREEMENT.WRITE_NOT_ALLOWED': 'forbidden',
  'AGREEMENT.TRANSITION_NOT_ALLOWED': 'conflict',
} satisfies ErrorCatalogue<AgreementErrorCode>);

/** Names the field; never quotes the value. */
export const invalidAgreementInput = (field: string, message: string) =>
  agreementError('AGREEMENT.INVALID_INPUT', message, field);

/** A foreign and a missing agreement get this same answer. */
export const agreementNotFound = () =>
  agreementError('AGREEMENT.NOT_FOUND', 'no such agreement in your scope', 'agreementId');

export const agreementWriteNotAllowed = () =>
  agreementError(
    'AGREEMENT.WRITE_NOT_ALLOWED',
    'only officers of its offices, case workers of its municipality and admins write an agreement',
  );

export const agreementTransitionNotAllowed = (why: string) =>
  agreementError('AGREEMENT.TRANSITION_NOT_ALLOWED', why);
