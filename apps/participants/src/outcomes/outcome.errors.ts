import { participantError } from '../participants/participant.errors';

/** The same answer for a check that does not exist and one of a participant outside your scope. */
export const retentionCheckNotFound = () =>
  participantError('PARTICIPANT.NOT_FOUND', 'no such retention check in your scope', 'checkId');

export const retentionAlreadyChecked = () =>
  participantError(
    'PARTICIPANT.RETENTION_ALREADY_CHECKED',
    'this retention check has already been recorded',
    'checkId',
  );

export const supportPeriodOverlaps = () =>
  participantError(
    'PARTICIPANT.SUPPORT_PERIOD_OVERLAPS',
    'the period overlaps an activity-support period already recorded for this participant',
    'fromDate',
  );

export const followUpListNotAllowed = () =>
  participantError(
    'PARTICIPANT.ACTION_NOT_ALLOWED',
    "only officers list retention checks, for their own office's participants",
  );
