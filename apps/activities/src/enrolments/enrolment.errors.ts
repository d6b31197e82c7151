import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error of the enrolments part: a code added here but not to the catalogue fails to compile. */
export type EnrolmentErrorCode =
  | 'ENROLMENT.INVALID_INPUT'
  | 'ENROLMENT.NOT_FOUND'
  | 'ENROLMENT.ALREADY_ENROLLED'
  | 'ENROLMENT.OFFERING_CLOSED'
  | 'ENROLMENT.PARTICIPANT_NOT_ACTIVE'
  | 'ENROLMENT.TRANSITION_NOT_ALLOWED'
  | 'ENROLMENT.CHANGE_NOT_ALLOWED'
  | 'ENROLMENT.COMPLETION_NOT_ALLOWED'
  | 'OFFERING.FULL';

const enrolmentError = domainErrorFactory<EnrolmentErrorCode>({
  'ENROLMENT.INVALID_INPUT': 'validation',
  'ENROLMENT.NOT_FOUND': 'not_found',
  'ENROLMENT.ALREADY_ENROLLED': 'conflict',
  'ENROLMENT.OFFERING_CLOSED': 'conflict',
  'ENROLMENT.PARTICIPANT_NOT_ACTIVE': 'conflict',
  'ENROLMENT.TRANSITION_NOT_ALLOWED': 'conflict',
  'ENROLMENT.CHANGE_NOT_ALLOWED': 'forbidden',
  'ENROLMENT.COMPLETION_NOT_ALLOWED': 'forbidden',
  'OFFERING.FULL': 'conflict',
} satisfies ErrorCatalogue<EnrolmentErrorCode>);

/** Names the field; never quotes the value. */
export const invalidEnrolmentInput = (field: string, message: string) =>
  enrolmentError('ENROLMENT.INVALID_INPUT', message, field);

/** A foreign and a missing enrolment get this same answer. */
export const enrolmentNotFound = () =>
  enrolmentError('ENROLMENT.NOT_FOUND', 'no such enrolment in your scope', 'enrolmentId');

export const alreadyEnrolled = () =>
  enrolmentError(
    'ENROLMENT.ALREADY_ENROLLED',
    'the participant already has a planned or ongoing enrolment on this offering',
    'participantId',
  );

export const offeringFull = () =>
  enrolmentError('OFFERING.FULL', 'the offering has no seat left', 'offeringId');

export const offeringClosed = () =>
  enrolmentError(
    'ENROLMENT.OFFERING_CLOSED',
    'only a planned, open or running offering takes enrolments',
    'offeringId',
  );

export const participantNotActive = () =>
  enrolmentError(
    'ENROLMENT.PARTICIPANT_NOT_ACTIVE',
    'the participant has exited or been erased',
    'participantId',
  );

export const enrolmentTransitionNotAllowed = () =>
  enrolmentError(
    'ENROLMENT.TRANSITION_NOT_ALLOWED',
    'the enrolment cannot do that from its current status',
    'enrolmentId',
  );

export const enrolmentChangeNotAllowed = () =>
  enrolmentError(
    'ENROLMENT.CHANGE_NOT_ALLOWED',
    'only those who may enrol the participant or run the offering change an enrolment',
  );

export const completionNotAllowed = () =>
  enrolmentError(
    'ENROLMENT.COMPLETION_NOT_ALLOWED',
    'only those who run the offering record its completion',
  );
