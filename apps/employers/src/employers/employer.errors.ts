import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type EmployerErrorCode =
  | 'EMPLOYER.INVALID_INPUT'
  | 'EMPLOYER.NOT_FOUND'
  | 'EMPLOYER.ALREADY_REGISTERED'
  | 'EMPLOYER.REGISTRATION_NOT_ALLOWED'
  | 'EMPLOYER.ACTION_NOT_ALLOWED'
  | 'EMPLOYER.INVALID_STATUS_TRANSITION'
  | 'EMPLOYER.NEED_CLOSED'
  | 'EMPLOYER.PROFILE_ALREADY_AGREED'
  | 'LETTER_OF_INTENT.NOT_FOUND'
  | 'LETTER_OF_INTENT.STALE_VERSION'
  | 'LETTER_OF_INTENT.INVALID_TRANSITION'
  | 'LETTER_OF_INTENT.APPROVAL_NOT_ALLOWED'
  | 'EMPLOYER.CONTACT_NOT_FOUND'
  | 'EMPLOYER.VACANCY_NOT_FOUND'
  | 'EMPLOYER.VACANCY_FILLED'
  | 'EMPLOYER.VACANCY_ALREADY_FILLED_BY_PARTICIPANT';

const employerError = domainErrorFactory<EmployerErrorCode>({
  'EMPLOYER.INVALID_INPUT': 'validation',
  'EMPLOYER.NOT_FOUND': 'not_found',
  'EMPLOYER.ALREADY_REGISTERED': 'conflict',
  'EMPLOYER.REGISTRATION_NOT_ALLOWED': 'forbidden',
  'EMPLOYER.ACTION_NOT_ALLOWED': 'forbidden',
  'EMPLOYER.INVALID_STATUS_TRANSITION': 'conflict',
  'EMPLOYER.NEED_CLOSED': 'conflict',
  'EMPLOYER.PROFILE_ALREADY_AGREED': 'conflict',
  'LETTER_OF_INTENT.NOT_FOUND': 'not_found',
  'LETTER_OF_INTENT.STALE_VERSION': 'conflict',
  'LETTER_OF_INTENT.INVALID_TRANSITION': 'conflict',
  'LETTER_OF_INTENT.APPROVAL_NOT_ALLOWED': 'forbidden',
  'EMPLOYER.CONTACT_NOT_FOUND': 'not_found',
  'EMPLOYER.VACANCY_NOT_FOUND': 'not_found',
  'EMPLOYER.VACANCY_FILLED': 'conflict',
  'EMPLOYER.VACANCY_ALREADY_FILLED_BY_PARTICIPANT': 'conflict',
} satisfies ErrorCatalogue<EmployerErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  employerError('EMPLOYER.INVALID_INPUT', message, field);

/** The same answer for an employer that does not exist and one outside the caller's scope. */
export const notFound = (field = 'employerId') =>
  employerError('EMPLOYER.NOT_FOUND', 'no such employer in your scope', field);

export const alreadyRegistered = () =>
  employerError(
    'EMPLOYER.ALREADY_REGISTERED',
    'an employer with this organisation number is already registered',
    'organisationNumber',
  );

export const registrationNotAllowed = () =>
  employerError(
    'EMPLOYER.REGISTRATION_NOT_ALLOWED',
    'only an officer registers employers, for offices that include their own',
  );

export const actionNotAllowed = (action: string) =>
  employerError('EMPLOYER.ACTION_NOT_ALLOWED', `you may not ${action} for this employer`);

/** A competence need or profile that does not exist or is outside the caller's scope: one answer. */
export const competenceNotFound = (field: string) =>
  employerError('EMPLOYER.NOT_FOUND', `no such ${field.replace(/Id$/, '')} in your scope`, field);

export const invalidStatusTransition = () =>
  employerError(
    'EMPLOYER.INVALID_STATUS_TRANSITION',
    'status cannot follow the need’s current status',
    'status',
  );

export const needClosed = () =>
  employerError(
    'EMPLOYER.NEED_CLOSED',
    'the competence need is met or withdrawn and takes no profile',
    'needId',
  );

export const profileAlreadyAgreed = () =>
  employerError(
    'EMPLOYER.PROFILE_ALREADY_AGREED',
    'the competence need already has a profile: revise it instead',
    'needId',
  );

/** A logged contact that does not exist, is outside your scope, or belongs to another employer. */
export const contactNotFound = () =>
  employerError('EMPLOYER.CONTACT_NOT_FOUND', 'no such contact with this employer', 'contactId');

/** The same answer for a vacancy that does not exist and one outside the caller's scope. */
export const vacancyNotFound = () =>
  employerError('EMPLOYER.VACANCY_NOT_FOUND', 'no such vacancy in your scope', 'vacancyId');

export const vacancyFilled = () =>
  employerError('EMPLOYER.VACANCY_FILLED', 'every position of this vacancy is filled', 'vacancyId');

export const alreadyFilledByParticipant = () =>
  employerError(
    'EMPLOYER.VACANCY_ALREADY_FILLED_BY_PARTICIPANT',
    'this participant already fills a position of this vacancy',
    'participantId',
  );

export { employerError };
